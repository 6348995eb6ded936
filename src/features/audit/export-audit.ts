/**
 * The audit entries the caller sees, with the list's filters, as CSV: dd/mm/yyyy dates and
 * times in the tenant's zone, each change as "field: before → after". Read in id chunks and
 * streamed, so a long history never sits in memory.
 */
import { pipeline, Readable } from 'node:stream';
import type { Db } from '../../db/client.js';
import { auditActionLabel } from '../../domain/audit-actions.js';
import { formatUkDate } from '../../domain/dates.js';
import type { AdminActor } from '../../platform/actor.js';
import { csvWriter } from '../../platform/csv-writer.js';
import { auditChunkAfter, auditWhere } from './audit.queries.js';
import type { TAuditEntry, TAuditFilters } from './audit.schema.js';
import { auditScope } from './audit-scope.js';
import { presentAuditEntry } from './present-audit-entry.js';

export const AUDIT_EXPORT_FILENAME = 'roster-audit.csv';
const CHUNK = 1000;

const COLUMNS = [
  { key: 'date', header: 'Date' },
  { key: 'time', header: 'Time' },
  { key: 'action', header: 'Action' },
  { key: 'actor', header: 'Done by' },
  { key: 'actorEmail', header: 'Done by email' },
  { key: 'user', header: 'User' },
  { key: 'record', header: 'Record' },
  { key: 'changes', header: 'Changes' },
] as const;

const shown = (value: unknown) =>
  value === undefined || value === null
    ? '(empty)'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

/** "field: before → after" for every field either side names, one a line. */
export function describeChanges(entry: Pick<TAuditEntry, 'before' | 'after'>) {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .map((key) =>
      key in before
        ? `${key}: ${shown(before[key])} → ${shown(after[key])}`
        : `${key}: ${shown(after[key])}`,
    )
    .join('\n');
}

/** Resolves once the scope is checked (a hidden user is still a 404), then streams. */
export async function exportAudit(
  db: Db,
  actor: AdminActor,
  filters: TAuditFilters,
  onError: (error: Error) => void,
) {
  const scope = await auditScope(db, actor, filters);
  const where = auditWhere(scope, filters);
  const clock = new Intl.DateTimeFormat('en-GB', {
    timeZone: scope.timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  async function* records() {
    let after: number | null = null;
    for (;;) {
      const rows = await auditChunkAfter(db, actor.tenantId, where, filters.order, after, CHUNK);
      for (const row of rows) {
        const entry = presentAuditEntry(row);
        yield {
          date: formatUkDate(row.at, scope.timeZone),
          time: clock.format(row.at),
          action: auditActionLabel(entry.action),
          actor: entry.actorName ?? (entry.actorId === null ? 'Roster' : ''),
          actorEmail: entry.actorEmail ?? '',
          user: entry.userName ?? '',
          record:
            entry.entityId === null ? entry.entityType : `${entry.entityType} ${entry.entityId}`,
          changes: describeChanges(entry),
        };
      }
      const last = rows.at(-1);
      if (rows.length < CHUNK || !last) return;
      after = last.id;
    }
  }
  return pipeline(Readable.from(records()), csvWriter(COLUMNS), (error) => {
    if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') onError(error);
  });
}
