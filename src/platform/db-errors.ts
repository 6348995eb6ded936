/** Database errors a person can act on, mapped by the EXACT constraint name; never guessed. */
import { AppError, type AppErrorCode, pgConstraint, pgErrorCode } from './errors.js';

type ConstraintError = {
  code: AppErrorCode;
  status: number;
  message: string;
  fields: Record<string, string>;
};

/** Constraint name → the error it means. Add a row when a new constraint is a user's mistake. */
export const CONSTRAINT_ERRORS: Record<string, ConstraintError> = {
  users_tenant_email_key: {
    code: 'email_taken',
    status: 409,
    message: 'That email address is already in use.',
    fields: { email: 'That email address is already registered to another account.' },
  },
  users_tenant_username_key: {
    code: 'username_taken',
    status: 409,
    message: 'That username is already in use.',
    fields: { username: 'That username is already taken.' },
  },
  user_groups_one_per_root: {
    code: 'group_conflict',
    status: 422,
    message: 'A learner can be in only one group of each root hierarchy.',
    fields: { groupIds: 'Choose one group per root hierarchy.' },
  },
};

export function translateDbError(error: unknown): AppError | null {
  const code = pgErrorCode(error);
  if (code === '23505') {
    const mapped = CONSTRAINT_ERRORS[pgConstraint(error) ?? ''];
    if (mapped) return new AppError(mapped.code, mapped.message, mapped.status, mapped.fields);
    return new AppError('conflict', 'That record already exists.', 409);
  }
  if (code === '23503')
    return new AppError('invalid_reference', 'A linked record does not exist.', 422);
  return null;
}
