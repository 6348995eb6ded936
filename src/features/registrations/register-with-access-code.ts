/**
 * Self-registration: a learner with an access code creates their own account (FullUser, with
 * a password) in every group the code was made for, and all rows of the code become Activated
 * with their email and the date, in one transaction. A code is used once: the claim is a
 * single conditional UPDATE, so of many people racing one code exactly one gets through.
 */
import type { Db } from '../../db/client.js';
import { normaliseAccessCode } from '../../domain/access-code.js';
import { normaliseEmail } from '../../domain/email.js';
import { checkPassword } from '../../domain/password-policy.js';
import { type Checked, checkEmailAddress, checkText } from '../../domain/personal-details.js';
import { AppError, assert, invalid, notFound } from '../../platform/errors.js';
import { withIdentityKeys } from '../../platform/identity-conflict.js';
import { hashPassword } from '../../platform/passwords.js';
import {
  recordCodeRegistrant,
  redeemAccessCode,
  UNKNOWN_CODE_MESSAGE,
} from '../access-codes/redeem-access-code.js';
import { recordAudit } from '../audit/record-audit.js';
import { findIdentityHolder } from '../identity/find-identity-holder.js';
import {
  addLearnerToGroups,
  findTenantBySlug,
  insertSelfRegisteredLearner,
} from './registrations.queries.js';
import type { TRegisteredUser, TRegistrationRequest } from './registrations.schema.js';

/** Self-registration has always taken names of up to 100 characters. */
const NAME_MAX = 100;

export const EMAIL_TAKEN_MESSAGE =
  'This email address already has an account. Sign in with it, or register with another address.';

const problemOf = (checked: Checked) => (checked.ok ? null : checked.problem);

function checkName(value: string, label: string) {
  return value ? problemOf(checkText(value, label, NAME_MAX)) : `Enter your ${label}.`;
}

function checkEmail(email: string) {
  return email ? problemOf(checkEmailAddress(email)) : 'Enter your email address.';
}

/** Every field problem at once, before any database work; the code's state is checked later. */
function validate(input: TRegistrationRequest) {
  const firstName = input.firstName.trim();
  const surname = input.surname.trim();
  const email = normaliseEmail(input.email);
  const code = normaliseAccessCode(input.accessCode);
  const fields: Record<string, string | null> = {
    accessCode: input.accessCode.trim()
      ? code
        ? null
        : UNKNOWN_CODE_MESSAGE
      : 'Enter the access code you were given.',
    firstName: checkName(firstName, 'first name'),
    surname: checkName(surname, 'surname'),
    email: checkEmail(email),
    password: checkPassword(input.password, { username: email, email }),
  };
  const problems = Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== null),
  );
  if (Object.keys(problems).length > 0 || !code) throw invalid(problems);
  return { code, firstName, surname, email };
}

export async function registerWithAccessCode(
  db: Db,
  tenantSlug: string,
  input: TRegistrationRequest,
  options: { ip?: string; now?: Date } = {},
): Promise<TRegisteredUser> {
  const tenant = await findTenantBySlug(db, tenantSlug);
  assert(tenant, notFound('registration page'));
  const { code, firstName, surname, email } = validate(input);
  // Hashing is slow on purpose; done before the transaction so the code's rows are locked briefly.
  const passwordHash = await hashPassword(input.password);
  const now = options.now ?? new Date();

  return withIdentityKeys(() =>
    db.transaction(async (tx) => {
      const claimed = await redeemAccessCode(tx, tenant.id, code, { email, now });
      // Only someone holding a live code learns whether an address is taken.
      if (await findIdentityHolder(tx, tenant.id, email))
        throw new AppError('email_taken', EMAIL_TAKEN_MESSAGE, 409, { email: EMAIL_TAKEN_MESSAGE });
      const user = await insertSelfRegisteredLearner(tx, {
        tenantId: tenant.id,
        email,
        firstName,
        surname,
        passwordHash,
        now,
      });
      const groupIds = await addLearnerToGroups(tx, tenant.id, user.id, [
        ...new Set(claimed.map((row) => row.groupId)),
      ]);
      await recordCodeRegistrant(
        tx,
        claimed.map((row) => row.id),
        user.id,
      );
      await recordAudit(tx, {
        tenantId: tenant.id,
        actorId: user.id,
        action: 'self_registered',
        entityType: 'user',
        entityId: user.id,
        after: { email, groupIds, accessCode: code, accessCodeIds: claimed.map((row) => row.id) },
        ip: options.ip,
      });
      return {
        id: user.id,
        type: 'learner' as const,
        username: user.username ?? email,
        firstName: user.firstName,
        surname: user.surname,
        email,
        groupIds,
        subscriptionStatus: user.subscriptionStatus,
        createdAt: user.createdAt.toISOString(),
      };
    }),
  );
}
