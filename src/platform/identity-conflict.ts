/**
 * A taken email or username found by the database rather than by a rule (two writers racing,
 * or a writer that skipped the check): the trigger on users raises unique_violation naming the
 * constraint identity_keys_tenant_key and the column, which become a 422 on that field.
 */
import { IDENTITY_KEY_CONSTRAINT } from '../db/schema/identity.js';
import { AppError, pgConstraint, pgErrorCode } from './errors.js';

export const EMAIL_IN_USE_MESSAGE =
  'This email address is already the email or username of another account.';
export const USERNAME_IN_USE_MESSAGE =
  'This username is already the email or username of another account. Choose another.';

function pgColumn(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const column = (current as { column?: unknown }).column;
    if (typeof column === 'string') return column;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The 422 for a database error on the identity key, or null for any other error. */
export function identityConflict(error: unknown): AppError | null {
  if (pgErrorCode(error) !== '23505' || pgConstraint(error) !== IDENTITY_KEY_CONSTRAINT)
    return null;
  if (pgColumn(error) === 'username')
    return new AppError('username_taken', USERNAME_IN_USE_MESSAGE, 422, {
      username: USERNAME_IN_USE_MESSAGE,
    });
  return new AppError('email_taken', EMAIL_IN_USE_MESSAGE, 422, { email: EMAIL_IN_USE_MESSAGE });
}

/** Runs `work` (a whole transaction), answering a taken identity key as its 422. */
export async function withIdentityKeys<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw identityConflict(error) ?? error;
  }
}
