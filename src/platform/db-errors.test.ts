import { describe, expect, it } from 'vitest';
import { CONSTRAINT_ERRORS, translateDbError } from './db-errors.js';

/** A driver error as Drizzle wraps it: the PostgreSQL fields sit on `cause`. */
const uniqueViolation = (constraint: string, column?: string) =>
  Object.assign(new Error('query failed'), { cause: { code: '23505', constraint, column } });

describe('translateDbError', () => {
  it('maps each named constraint to its error', () => {
    for (const [name, expected] of Object.entries(CONSTRAINT_ERRORS)) {
      const error = translateDbError(uniqueViolation(name));
      expect(error).toMatchObject({ code: expected.code, status: expected.status });
      expect(error?.fields).toEqual(expected.fields);
    }
  });

  it('maps a taken sign-in name to the field the trigger names', () => {
    expect(translateDbError(uniqueViolation('identity_keys_tenant_key', 'email'))).toMatchObject({
      code: 'email_taken',
      status: 422,
      fields: { email: expect.any(String) },
    });
    expect(translateDbError(uniqueViolation('identity_keys_tenant_key', 'username'))).toMatchObject(
      { code: 'username_taken', status: 422, fields: { username: expect.any(String) } },
    );
  });

  it('never guesses from a name: an unmapped index holding "email" is a generic conflict', () => {
    const error = translateDbError(uniqueViolation('users_backup_email_idx'));
    expect(error).toMatchObject({ code: 'conflict', status: 409, fields: {} });
  });
});
