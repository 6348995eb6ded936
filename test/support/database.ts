/** A fresh, migrated database for one test file, copied from the run's template. */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../../src/db/client.js';
import { PGLITE_TEMPLATE, postgresTemplateName, testTarget } from './target.js';

export async function openTestDatabase(): Promise<Database> {
  if (testTarget() === 'pglite') {
    return openPglite(undefined, { loadDataDir: new Blob([readFileSync(PGLITE_TEMPLATE)]) });
  }
  const url = process.env.DATABASE_URL ?? '';
  const name = `roster_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${postgresTemplateName()}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openPostgres(target.toString(), { migrate: false });
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
