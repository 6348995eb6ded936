/** SQL of imports, always scoped by tenant and by who may see an import. */
import { and, eq, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groups, imports } from '../../db/schema.js';
import { analyzeGrownTables } from '../../db/statistics.js';
import type { AdminActor } from '../../platform/actor.js';
import { notFound } from '../../platform/errors.js';

export type ImportRow = typeof imports.$inferSelect;

/**
 * Imports the actor may see: their own, and every import of the tenant when they reach every
 * group of it (a file names learners of any group, so a partial-access administrator sees only
 * the files they uploaded).
 */
export function visibleImportsWhere(db: Db, actor: AdminActor): SQL {
  const tenant = eq(imports.tenantId, actor.tenantId);
  const reached = [...actor.accessibleGroupIds];
  const outside = db
    .select({ one: sql`1` })
    .from(groups)
    .where(
      and(
        eq(groups.tenantId, actor.tenantId),
        reached.length ? notInArray(groups.id, reached) : undefined,
      ),
    );
  const everyGroup = reached.length ? sql`not exists (${outside})` : sql`false`;
  return and(tenant, or(eq(imports.createdBy, actor.userId), everyGroup)) ?? tenant;
}

/** The import, or 404 when it is another tenant's or one the actor may not see. */
export async function findVisibleImport(db: Db, actor: AdminActor, id: number) {
  const [row] = await db
    .select()
    .from(imports)
    .where(and(eq(imports.id, id), visibleImportsWhere(db, actor)));
  if (!row) throw notFound('import');
  return row;
}

/**
 * The planner's figures for import_rows, taken again now that this import's rows are in. Left
 * stale (PGlite has no autovacuum; PostgreSQL's comes when it comes), it took a new import for
 * a handful of rows and joined each batch's results against all of them, row by row: an
 * update of 500 results took 700 ms in an import of 10,000 rows, and grew with its size.
 */
export async function refreshRowStatistics(db: Db) {
  await analyzeGrownTables(db, ['import_rows']);
}
