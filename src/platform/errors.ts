/** Every error code the API answers with: the one vocabulary, published in the OpenAPI document. */
export const APP_ERROR_CODES = [
  'access_code_expired',
  'access_code_invalid',
  'access_code_limit_reached',
  'access_code_revoked',
  'access_code_used',
  'account_inactive',
  'account_locked',
  'bad_request',
  'bad_url',
  'cannot_activate',
  'cannot_archive',
  'cannot_cancel',
  'cannot_expire',
  'cannot_invite',
  'cannot_reset_password',
  'cannot_restore',
  'cannot_resume',
  'cannot_suspend',
  'change_request_closed',
  'conflict',
  'csrf_failed',
  'database_in_use',
  'email_required',
  'email_taken',
  'file_too_large',
  'forbidden',
  'funding_locked',
  'group_conflict',
  'group_not_empty',
  'headers_too_large',
  'import_not_ready',
  'internal_error',
  'invalid_credentials',
  'invalid_file',
  'invalid_json',
  'invalid_reference',
  'in_ilr_batch',
  'invalid_token',
  'missing_columns',
  'not_a_learner',
  'not_found',
  'not_in_group',
  'not_locked',
  'own_change_request',
  'payload_too_large',
  'postcode_lookup_unavailable',
  'programme_in_use',
  'rate_limited',
  'request_timeout',
  'slug_taken',
  'unauthenticated',
  'unsupported_media_type',
  'user_archived',
  'username_taken',
  'validation_failed',
  'version_conflict',
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** The one error type of Roster: a stable code, an HTTP status, a sentence, and field reasons. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly status = 400,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what = 'record') =>
  new AppError('not_found', `That ${what} does not exist or you cannot see it.`, 404);

export const forbidden = (message = 'You are not allowed to do that.') =>
  new AppError('forbidden', message, 403);

export const unauthenticated = () =>
  new AppError('unauthenticated', 'Please sign in to continue.', 401);

export const invalid = (fields: Record<string, string>, message?: string) =>
  new AppError(
    'validation_failed',
    message ?? Object.values(fields)[0] ?? 'Some fields are not valid.',
    422,
    fields,
  );

export const versionConflict = (what = 'record') =>
  new AppError(
    'version_conflict',
    `Someone else changed this ${what} after you opened it. Reload it to see their changes, then make yours again.`,
    409,
  );

/** Guard: throws `error` unless `condition` holds. */
export function assert(condition: unknown, error: AppError | (() => AppError)): asserts condition {
  if (!condition) throw typeof error === 'function' ? error() : error;
}

/** The PostgreSQL error code of a driver error, through Drizzle's wrapping. */
export function pgErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function pgConstraint(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const name = (current as { constraint?: unknown }).constraint;
    if (typeof name === 'string') return name;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
