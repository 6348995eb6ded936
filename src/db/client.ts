/** Opens the database: PostgreSQL when a URL is given, otherwise PGlite in a data directory. */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { acquireDirectoryLock } from './directory-lock.js';
import * as schema from './schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /**
   * Runs `work` while no other Roster process starting on this database does (migrations,
   * the first seed). PGlite has one process by its directory lock; PostgreSQL takes an
   * advisory lock, freed by the server if this process dies holding it.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The advisory lock key of Roster's start-up work (any fixed bigint; 'roster' in ASCII). */
const STARTUP_LOCK = 0x726f73746572;

async function withAdvisoryLock<T>(pool: pg.Pool, work: () => Promise<T>) {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK]);
    try {
      return await work();
    } finally {
      await client.query('select pg_advisory_unlock($1)', [STARTUP_LOCK]);
    }
  } finally {
    client.release();
  }
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** int8 and numeric come back as strings from pg; counts are cast ::int in SQL instead. */
export async function openPostgres(
  url: string,
  options: { migrate?: boolean } = {},
): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection dropped by the server (restart, failover) must not crash the process;
  // the pool replaces it, and a query in flight reports its own error.
  pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  const db = drizzleNodePg({ client: pool, schema, casing: 'snake_case' });
  const exclusive = <T>(work: () => Promise<T>) => withAdvisoryLock(pool, work);
  // Servers starting together on an empty database would race to create the same tables.
  if (options.migrate !== false) await exclusive(() => migrateNodePg(db, { migrationsFolder }));
  return { db: db as unknown as Db, kind: 'postgres', exclusive, close: () => pool.end() };
}

/**
 * PGlite keeps one connection; two processes on one directory corrupt it, so a lock file
 * refuses the second. `dataDir` undefined means in memory (tests).
 */
export async function openPglite(
  dataDir: string | undefined,
  options: { loadDataDir?: Blob | File } = {},
): Promise<Database> {
  let release = () => {};
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    release = acquireDirectoryLock(dataDir);
  }
  try {
    // One options object: `new PGlite(undefined, options)` silently ignores loadDataDir.
    const client = new PGlite({
      dataDir,
      loadDataDir: options.loadDataDir,
      extensions: { pg_trgm },
    });
    const db = drizzlePglite({ client, schema, casing: 'snake_case' });
    await migratePglite(db, { migrationsFolder });
    return {
      db: db as unknown as Db,
      kind: 'pglite',
      exclusive: (work) => work(),
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export function openDatabase(config: { databaseUrl?: string; dataDir: string }) {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}
