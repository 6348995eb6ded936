/** What of an audit row leaves the server: names for the ids, and never a secret. */
import type { AuditRow } from './audit.queries.js';
import type { TAuditEntry } from './audit.schema.js';

/** Keys whose values are secrets wherever they appear (hashes, tokens, passwords). */
const SECRET_KEY = /password|hash|token|secret|csrf/i;

/** A copy of `value` without secret keys, at any depth. */
function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !SECRET_KEY.test(key))
      .map(([key, inner]) => [key, withoutSecrets(inner)]),
  );
}

const fields = (value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (withoutSecrets(value) as Record<string, unknown>)
    : null;

const fullName = (first: string | null, surname: string | null) =>
  first === null && surname === null ? null : `${first ?? ''} ${surname ?? ''}`.trim();

export function presentAuditEntry(row: AuditRow): TAuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorName: fullName(row.actorFirstName, row.actorSurname),
    actorEmail: row.actorEmail,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    userId: row.userId,
    userName: fullName(row.userFirstName, row.userSurname),
    before: fields(row.before),
    after: fields(row.after),
  };
}
