/** The rows of an import, in file order, optionally only one verdict (the preview's error filter). */
import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { importRows } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { findVisibleImport } from './imports.queries.js';

export async function listImportRows(
  db: Db,
  actor: AdminActor,
  id: number,
  query: { verdict?: 'create' | 'update' | 'unchanged' | 'error'; page: number; pageSize: number },
) {
  const found = await findVisibleImport(db, actor, id);
  const where = and(
    eq(importRows.tenantId, found.tenantId),
    eq(importRows.importId, found.id),
    query.verdict ? eq(importRows.verdict, query.verdict) : undefined,
  );
  const rows = await db
    .select({
      line: importRows.line,
      verdict: importRows.verdict,
      values: importRows.values,
      errors: importRows.errors,
      result: importRows.result,
      reason: importRows.reason,
    })
    .from(importRows)
    .where(where)
    .orderBy(asc(importRows.line))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db.select({ n: count() }).from(importRows).where(where);
  return {
    items: rows.map((row) => ({ ...row, verdict: row.verdict ?? ('error' as const) })),
    total: Number(total?.n ?? 0),
    page: query.page,
    pageSize: query.pageSize,
  };
}
