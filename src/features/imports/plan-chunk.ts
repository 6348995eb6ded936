/**
 * Plans a chunk of an import's rows at once: loads the learners its emails and reference
 * numbers match (one query each), marks emails the file holds twice, and plans each row.
 */
import { and, eq, gt, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { importRows } from '../../db/schema.js';
import { emailKey } from '../../domain/email.js';
import type { AdminActor } from '../../platform/actor.js';
import { type ImportLookups, loadMatches } from './import-lookups.js';
import { fieldValues, headerOf, type ImportSettings, planRow, type RowPlan } from './plan-row.js';

export interface StoredRow {
  id: number;
  line: number;
  values: Record<string, string>;
  emailKey: string | null;
}

/** Emails used on more than one row of the import, with the rows using each. */
export async function duplicateEmails(db: Db, importId: number) {
  const rows = await db
    .select({
      key: importRows.emailKey,
      lines: sql<number[]>`array_agg(${importRows.line} order by ${importRows.line})`,
    })
    .from(importRows)
    .where(and(eq(importRows.importId, importId), isNotNull(importRows.emailKey)))
    .groupBy(importRows.emailKey)
    .having(sql`count(*) > 1`);
  return new Map(rows.map((row) => [row.key ?? '', row.lines.map(Number)]));
}

/**
 * The next `limit` rows after `afterId`, in file order, with an optional filter; `lock` takes
 * them FOR UPDATE SKIP LOCKED, so two runs of one commit (a timed-out try still going while the
 * next starts) never take the same rows.
 */
export function nextRows(
  tx: Db,
  importId: number,
  afterId: number,
  limit: number,
  where?: ReturnType<typeof and>,
  lock = false,
) {
  const query = tx
    .select({
      id: importRows.id,
      line: importRows.line,
      values: importRows.values,
      emailKey: importRows.emailKey,
    })
    .from(importRows)
    .where(and(eq(importRows.importId, importId), gt(importRows.id, afterId), where))
    .orderBy(importRows.id)
    .limit(limit);
  return lock ? query.for('update', { skipLocked: true }) : query;
}

export async function planChunk(
  tx: Db,
  actor: AdminActor,
  settings: ImportSettings,
  lookups: ImportLookups,
  duplicates: Map<string, number[]>,
  rows: StoredRow[],
): Promise<RowPlan[]> {
  const fields = rows.map((row) => fieldValues(settings.columns, row.values));
  const emails = [...new Set(fields.flatMap((f) => (f.email ? [emailKey(f.email)] : [])))];
  // A new-only upload matches by email alone (plan-row.ts): its references need no lookup.
  const references =
    settings.mode === 'create'
      ? []
      : [...new Set(fields.flatMap((f) => (f.referenceNumber ? [f.referenceNumber] : [])))];
  const matches = await loadMatches(tx, actor, emails, references);
  return rows.map((row) => {
    const plan = planRow(settings, actor, lookups, matches, row.values);
    const twice = row.emailKey ? duplicates.get(row.emailKey) : undefined;
    if (!twice) return plan;
    const errors = plan.kind === 'error' ? { ...plan.errors } : {};
    errors[headerOf(settings.columns, 'email')] =
      `This email is on rows ${twice.join(', ')} of the file. Each learner needs their own email: keep one row.`;
    return { kind: 'error', errors, matchedUserId: plan.matchedUserId };
  });
}
