/**
 * Redeeming an access code for a registration: every row of the code is claimed at once (one
 * conditional UPDATE, so of many people racing one code exactly one gets through), and the
 * registrant is recorded on those rows. The registration feature uses codes only through here.
 */
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/errors.js';
import { accessCodeState, claimAccessCode, recordRegistrant } from './access-codes.queries.js';

export const UNKNOWN_CODE_MESSAGE =
  'We do not recognise this access code. Check it against the one you were given, or ask your training provider for a new one.';
export const USED_CODE_MESSAGE =
  'This access code has already been used. Ask your training provider for a new one.';
export const REVOKED_CODE_MESSAGE =
  'This access code has been withdrawn. Ask your training provider for a new one.';
export const EXPIRED_CODE_MESSAGE =
  'This access code has expired. Ask your training provider for a new one.';

function codeRefused(state: 'unknown' | 'used' | 'revoked' | 'expired') {
  if (state === 'used')
    return new AppError('access_code_used', USED_CODE_MESSAGE, 409, {
      accessCode: USED_CODE_MESSAGE,
    });
  if (state === 'revoked')
    return new AppError('access_code_revoked', REVOKED_CODE_MESSAGE, 422, {
      accessCode: REVOKED_CODE_MESSAGE,
    });
  if (state === 'expired')
    return new AppError('access_code_expired', EXPIRED_CODE_MESSAGE, 422, {
      accessCode: EXPIRED_CODE_MESSAGE,
    });
  return new AppError('access_code_invalid', UNKNOWN_CODE_MESSAGE, 422, {
    accessCode: UNKNOWN_CODE_MESSAGE,
  });
}

/** Claims the code's rows for `email`; answers them, or throws why the code cannot be used. */
export async function redeemAccessCode(
  tx: Db,
  tenantId: number,
  code: string,
  claim: { email: string; now: Date },
) {
  const claimed = await claimAccessCode(tx, tenantId, code, claim);
  if (claimed.length === 0) throw codeRefused(await accessCodeState(tx, tenantId, code));
  return claimed;
}

/** Records on the claimed rows which account registered with them. */
export const recordCodeRegistrant = recordRegistrant;
