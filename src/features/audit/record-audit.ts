/** Appends one entry to the audit log, inside the caller's transaction. */
import type { Db } from '../../db/client.js';
import { auditLog } from '../../db/schema.js';

export interface AuditEntry {
  tenantId: number;
  actorId: number | null;
  action: string;
  entityType: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

const auditRow = (entry: AuditEntry) => ({
  tenantId: entry.tenantId,
  actorId: entry.actorId,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId == null ? null : String(entry.entityId),
  before: entry.before ?? null,
  after: entry.after ?? null,
  ip: entry.ip ?? null,
});

export async function recordAudit(tx: Db, entry: AuditEntry) {
  await tx.insert(auditLog).values(auditRow(entry));
}

/** Appends many entries, 500 a statement. */
export async function recordAudits(tx: Db, entries: readonly AuditEntry[]) {
  for (let at = 0; at < entries.length; at += 500)
    await tx.insert(auditLog).values(entries.slice(at, at + 500).map(auditRow));
}

/** Only the fields that changed, as {before, after}. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) {
      was[key] = before[key];
      now[key] = value;
    }
  }
  return { before: was, after: now, changed: Object.keys(now).length > 0 };
}
