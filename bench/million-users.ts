/**
 * What the import benchmark measures against: a tenant already holding many users (issue 10:
 * 1,000,000), made inside the database with generate_series so seeding stays minutes, not
 * hours; and a bare COPY of the file's rows into a copy of `users` (same columns and indexes,
 * same existing rows), the floor no import can beat on the same machine.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../src/db/client.js';

type Db = Database['db'];

const CHUNK = 100_000;

/** Adds `count` learners to the tenant, in `groupId`, in chunks of 100,000. */
export async function seedExistingUsers(
  db: Db,
  tenant: { id: number; groupId: number; rootId: number; programmeId: number; ownerId: number },
  count: number,
) {
  for (let from = 0; from < count; from += CHUNK) {
    const to = Math.min(count, from + CHUNK) - 1;
    await db.execute(sql`
      with added as (
        insert into users (tenant_id, type, email, first_name, surname, reference_number,
          programme_id, case_owner_id, subscription_status)
        select ${tenant.id}, 'learner', 'existing.' || n || '@bench.example',
          (array['Oliver','Amelia','Noah','Isla','Leo','Ava'])[1 + n % 6], 'Surname' || n,
          'EX' || n, ${tenant.programmeId}, ${tenant.ownerId},
          (array['Prospect','Invited','FullUser','FullUser','Expired'])[1 + n % 5]
        from generate_series(${from}::int, ${to}::int) as n
        returning id
      )
      insert into user_groups (tenant_id, user_id, group_id, root_id, exclusive)
      select ${tenant.id}, id, ${tenant.groupId}, ${tenant.rootId}, true from added`);
  }
  // As autovacuum would have, long before a tenant reached this size.
  await db.execute(sql`analyze users, identity_keys, user_groups`);
}

export const BARE_COLUMNS =
  'tenant_id, type, email, first_name, surname, reference_number, programme_id, case_owner_id, subscription_status';

/** A copy of `users` with its columns, indexes and (copied, untimed) rows. */
export async function prepareBareTable(db: Db) {
  await db.execute(sql`drop table if exists users_bare`);
  await db.execute(sql`create table users_bare (like users including all)`);
  await db.execute(sql`insert into users_bare select * from users`);
  await db.execute(sql`analyze users_bare`);
}

/** COPY of CSV rows (BARE_COLUMNS) into users_bare; the rows are removed again afterwards. */
export async function bareCopy(db: Db, kind: Database['kind'], csv: string) {
  const statement = `copy users_bare (${BARE_COLUMNS}) from stdin with (format csv)`;
  if (kind === 'postgres') {
    const pool = (db as unknown as { $client: pg.Pool }).$client;
    const client = await pool.connect();
    try {
      await pipeline(Readable.from([csv]), client.query(copyFrom(statement)));
    } finally {
      client.release();
    }
  } else {
    const client = (db as unknown as { $client: PGlite }).$client;
    await client.query(statement.replace('from stdin', "from '/dev/blob'"), [], {
      blob: new Blob([csv]),
    });
  }
}

export async function removeBareRows(db: Db, emailPrefix: string) {
  await db.execute(sql`delete from users_bare where email like ${`${emailPrefix}%`}`);
}
