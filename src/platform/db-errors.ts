/** Database errors a person can act on, mapped by the EXACT constraint name; never guessed. */
import { AppError, type AppErrorCode, pgConstraint, pgErrorCode } from './errors.js';
import { identityConflict } from './identity-conflict.js';

type ConstraintError = {
  code: AppErrorCode;
  status: number;
  message: string;
  fields: Record<string, string>;
};

/**
 * Constraint name → the error it means. Add a row when a new constraint is a user's mistake.
 * A taken email or username (identity_keys_tenant_key) is answered by identityConflict, which
 * reads the column the trigger names.
 */
export const CONSTRAINT_ERRORS: Record<string, ConstraintError> = {
  tenants_slug_unique: {
    code: 'slug_taken',
    status: 409,
    message: 'Another tenant already uses that slug.',
    fields: { slug: 'Another tenant already uses that slug. Choose another.' },
  },
  programmes_tenant_name_key: {
    code: 'validation_failed',
    status: 422,
    message: 'Another programme already has that name.',
    fields: { name: 'Another programme already has that name. Choose another.' },
  },
  user_groups_one_per_root: {
    code: 'group_conflict',
    status: 422,
    message: 'A learner can be in only one group of each root hierarchy.',
    fields: { groupIds: 'Choose one group per root hierarchy.' },
  },
};

export function translateDbError(error: unknown): AppError | null {
  const identity = identityConflict(error);
  if (identity) return identity;
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
