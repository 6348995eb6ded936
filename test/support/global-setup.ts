/**
 * Once per test run: a migrated PGlite data directory saved as a tarball, and (when the run
 * targets PostgreSQL) a migrated template database. Each test file then starts from a copy.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { openPostgres } from '../../src/db/client.js';
import * as schema from '../../src/db/schema.js';
import { PGLITE_TEMPLATE, postgresTemplateName, testTarget } from './target.js';

export default async function setup() {
  if (testTarget() === 'postgres') {
    const url = process.env.DATABASE_URL ?? '';
    const template = postgresTemplateName();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    const target = new URL(url);
    target.pathname = `/${template}`;
    const database = await openPostgres(target.toString());
    await database.close();
    await admin.end();
    return;
  }
  const client = new PGlite({ extensions: { pg_trgm } });
  await migrate(drizzle({ client, schema, casing: 'snake_case' }), {
    migrationsFolder: 'src/db/migrations',
  });
  const dump = await client.dumpDataDir('none');
  mkdirSync('.tmp', { recursive: true });
  writeFileSync(PGLITE_TEMPLATE, Buffer.from(await dump.arrayBuffer()));
  await client.close();
}
