/**
 * Self-registration: a learner with an access code creates their own account (FullUser, with
 * a password) in every group the code was made for, and all rows of the code become Activated
 * with their email and the date, in one transaction. A code is used once: the claim is a
 * single conditional UPDATE, so of many people racing one code exactly one gets through.
 */
import type { Db } from '../../db/client.js';
import { normaliseAccessCode } from '../../domain/access-code.js';
import { checkPassword } from '../../domain/password-policy.js';
import { AppError, assert, invalid, notFound } from '../../platform/errors.js';
import { withIdentityKeys } from '../../platform/identity-conflict.js';
import { hashPassword } from '../../platform/passwords.js';
import {
  recordCodeRegistrant,
  redeemAccessCode,
  UNKNOWN_CODE_MESSAGE,
} from '../access-codes/redeem-access-code.js';
import { checkOwnDetails, writeOwnAccount } from '../learners/write-own-account.js';
import { findTenantBySlug } from './registrations.queries.js';
import type { TRegisteredUser, TRegistrationRequest } from './registrations.schema.js';

/** Every field problem at once, before any database work; the code's state is checked later. */
function validate(input: TRegistrationRequest) {
  const code = normaliseAccessCode(input.accessCode);
  // Names and email: the learner write service's own person rules, as Add user runs them.
  const details = checkOwnDetails({
    firstName: input.firstName,
    surname: input.surname,
    email: input.email,
  });
  const email = details.next.email ?? '';
  const fields: Record<string, string | null> = {
    accessCode: input.accessCode.trim()
      ? code
        ? null
        : UNKNOWN_CODE_MESSAGE
      : 'Enter the access code you were given.',
    firstName: details.errors.firstName ?? null,
    surname: details.errors.surname ?? null,
    email: details.errors.email ?? null,
    password: checkPassword(input.password, { username: email, email }),
  };
  const problems = Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== null),
  );
  if (Object.keys(problems).length > 0 || !code) throw invalid(problems);
  return { code, email };
}

export async function registerWithAccessCode(
  db: Db,
  tenantSlug: string,
  input: TRegistrationRequest,
  options: { ip?: string; now?: Date } = {},
): Promise<TRegisteredUser> {
  const tenant = await findTenantBySlug(db, tenantSlug);
  assert(tenant, notFound('registration page'));
  const { code, email } = validate(input);
  // Hashing is slow on purpose; done before the transaction so the code's rows are locked briefly.
  const passwordHash = await hashPassword(input.password);
  const now = options.now ?? new Date();

  return withIdentityKeys(() =>
    db.transaction(async (tx) => {
      const claimed = await redeemAccessCode(tx, tenant.id, code, { email, now });
      const codeGroupIds = [...new Set(claimed.map((row) => row.groupId))];
      // Only someone holding a live code learns whether an address is taken: the write service
      // looks the address up only now, after the claim.
      const result = await writeOwnAccount(
        tx,
        { source: 'self-registration', tenantId: tenant.id },
        {
          mode: 'create',
          status: 'FullUser',
          input: {
            firstName: input.firstName,
            surname: input.surname,
            email: input.email,
            groupIds: codeGroupIds,
          },
          system: {
            subscriptionStatus: 'FullUser',
            passwordHash,
            activatedAt: now,
            createdAt: now,
            updatedAt: now,
          },
          audit: {
            action: 'self_registered',
            after: { accessCode: code, accessCodeIds: claimed.map((row) => row.id) },
          },
        },
        { ip: options.ip },
      );
      if (!result.ok) {
        if (result.conflicts.includes('email'))
          throw new AppError('email_taken', result.fields.email ?? result.error.message, 409, {
            email: result.fields.email ?? result.error.message,
          });
        throw result.error;
      }
      const user = result.user;
      if (!user) throw new Error('learner insert returned nothing');
      await recordCodeRegistrant(
        tx,
        claimed.map((row) => row.id),
        user.id,
      );
      const groupIds = [...codeGroupIds].sort((a, b) => a - b);
      return {
        id: user.id,
        type: 'learner' as const,
        username: user.username ?? email,
        firstName: user.firstName,
        surname: user.surname,
        email: user.email ?? email,
        groupIds,
        subscriptionStatus: user.subscriptionStatus,
        createdAt: user.createdAt.toISOString(),
      };
    }),
  );
}
