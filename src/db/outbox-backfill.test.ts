import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { describe, expect, it } from 'vitest';
import * as schema from './schema.js';

const migrations = fileURLToPath(new URL('./migrations', import.meta.url));

/** The migration folder as it stood before the job queue (0004), for an upgrade test. */
function migrationsBeforeJobs() {
  const dir = mkdtempSync(join(tmpdir(), 'roster-migrations-'));
  cpSync(migrations, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const upTo = journal.entries.findIndex((entry) => entry.tag.endsWith('jobs_outbox_rate_limits'));
  writeFileSync(
    journalPath,
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo) }),
  );
  return dir;
}

describe('upgrading to the job queue', () => {
  it('gives mail already waiting its own Message-ID and a send job; sent mail gets none', async () => {
    const client = new PGlite({ extensions: { pg_trgm } });
    const db = drizzle({ client, schema, casing: 'snake_case' });
    await migrate(db, { migrationsFolder: migrationsBeforeJobs() });
    await client.exec(`
      insert into tenants (slug, name) values ('old', 'Old Ltd');
      insert into outbox (tenant_id, to_address, subject, text_body, html_body, status)
      select 1, 'w' || n || '@example.test', 'Waiting', 't', 'h', 'pending' from generate_series(1, 3) n;
      insert into outbox (tenant_id, to_address, subject, text_body, html_body, status)
      values (1, 'sent@example.test', 'Sent', 't', 'h', 'sent');`);
    await migrate(db, { migrationsFolder: migrations });
    const rows = await db.select().from(schema.outbox);
    expect(new Set(rows.map((row) => row.messageId)).size).toBe(4);
    for (const row of rows) expect(row.messageId).toMatch(/^<[\w-]+@roster\.local>$/);
    const jobs = await db.select().from(schema.jobs);
    const waiting = rows.filter((row) => row.status === 'pending');
    expect(waiting).toHaveLength(3);
    expect(jobs).toHaveLength(3);
    expect(jobs.map((job) => job.payload)).toEqual(
      expect.arrayContaining(waiting.map((row) => ({ outboxId: row.id }))),
    );
    expect(jobs.every((job) => job.type === 'send-email' && job.status === 'pending')).toBe(true);
    await client.close();
  }, 60_000);
});
