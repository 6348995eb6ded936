/**
 * The planner's statistics. PostgreSQL's autovacuum keeps them as tables grow; PGlite has no
 * autovacuum, and a server may run with it off. Stale figures turn a lookup of 1,000 emails
 * among a tenant's million sign-in names into a scan of all of them (300 ms instead of 10), so
 * where no autovacuum runs, the worker's sweep analyzes the database itself, and writers that
 * add many rows at once (imports) analyze what they grew.
 */
import { sql } from 'drizzle-orm';
import type { Db } from './client.js';

/** Whether an autovacuum launcher is running for this database server. */
async function autovacuumRuns(db: Db) {
  const [row] = await db
    .select({
      runs: sql<boolean>`exists (select 1 from pg_stat_activity where backend_type = 'autovacuum launcher')`,
    })
    .from(sql`(select 1) as one`);
  return row?.runs === true;
}

/** Analyzes the whole database where no autovacuum does; answers whether it did. */
export async function analyzeWithoutAutovacuum(db: Db) {
  if (await autovacuumRuns(db)) return false;
  await db.execute(sql`analyze`);
  return true;
}

/** Analyzes the tables a bulk write grew, so the next statements are planned for their size. */
export async function analyzeGrownTables(db: Db, tables: readonly string[]) {
  if (tables.length === 0) return;
  await db.execute(
    sql`analyze ${sql.join(
      tables.map((table) => sql.identifier(table)),
      sql`, `,
    )}`,
  );
}
