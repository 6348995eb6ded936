/**
 * The shared first step of revoking and extending access codes: the chosen codes, every row of
 * them in the caller's groups, locked for the change; refused whole when any of them is not
 * the caller's to see (404), already used (409 `access_code_used`) or already revoked
 * (409 `access_code_revoked`). Nothing changes unless every chosen code can.
 */
import type { Db } from '../../db/client.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError, assert, forbidden, notFound } from '../../platform/errors.js';
import { canGenerateAccessCodes } from './access-codes.policy.js';
import { lockCodeRows } from './access-codes.queries.js';

const listed = (codes: Iterable<string>) => {
  const all = [...new Set(codes)];
  const shown = all.slice(0, 5).join(', ');
  return all.length > 5 ? `${shown} and ${all.length - 5} more` : shown;
};

export async function lockUnusedCodes(
  tx: Db,
  actor: AdminActor,
  ids: readonly number[],
  verb: 'revoked' | 'extended',
) {
  assert(canGenerateAccessCodes(actor), () =>
    forbidden('Only administrators with groups can change access codes.'),
  );
  const wanted = [...new Set(ids)];
  const { found, rows } = await lockCodeRows(
    tx,
    actor.tenantId,
    [...actor.accessibleGroupIds],
    wanted,
  );
  assert(found.size === wanted.length, () => notFound('access code'));
  const used = rows.filter((row) => row.activatedAt !== null).map((row) => row.code);
  assert(
    used.length === 0,
    () =>
      new AppError(
        'access_code_used',
        `Someone has already registered with ${listed(used)}, so ${used.length > 1 ? 'they' : 'it'} cannot be ${verb}. Leave ${used.length > 1 ? 'them' : 'it'} out and try again.`,
        409,
      ),
  );
  const revoked = rows.filter((row) => row.revokedAt !== null).map((row) => row.code);
  assert(
    revoked.length === 0,
    () =>
      new AppError(
        'access_code_revoked',
        `${listed(revoked)} ${revoked.length > 1 ? 'have' : 'has'} already been revoked, so ${revoked.length > 1 ? 'they' : 'it'} cannot be ${verb}. Leave ${revoked.length > 1 ? 'them' : 'it'} out and try again.`,
        409,
      ),
  );
  return rows;
}
