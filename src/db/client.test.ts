import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/support/database.js';
import { buildTenant } from '../../test/support/factories.js';
import { type Database, openPglite } from './client.js';
import { acquireDirectoryLock } from './directory-lock.js';
import { auditLog, tenants } from './schema.js';

describe('PGlite data directory lock', () => {
  it('refuses a second opener with a clear message, and takes over a dead holder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roster-lock-'));
    const release = acquireDirectoryLock(dir);
    expect(() => acquireDirectoryLock(dir)).toThrow(/already open in another Roster process/);
    release();
    const again = acquireDirectoryLock(dir);
    again();
  });
});

describe('PGlite on disk', () => {
  it('keeps data across a restart, with its extensions and migrations in place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roster-data-'));
    const first = await openPglite(dir);
    const tenant = await buildTenant(first.db, { name: 'Kept Ltd' });
    await first.close();
    const second = await openPglite(dir);
    const rows = await second.db
      .select({ name: tenants.name, trgm: sql<boolean>`similarity(${tenants.name}, 'Kept') > 0` })
      .from(tenants)
      .where(eq(tenants.id, tenant.id));
    expect(rows).toEqual([{ name: 'Kept Ltd', trgm: true }]);
    await second.close();
  }, 60_000);
});

describe('audit log', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('is append-only: updates and deletes are refused by the database', async () => {
    const tenant = await buildTenant(database.db);
    await database.db
      .insert(auditLog)
      .values({ tenantId: tenant.id, action: 'test', entityType: 'test' });
    await expect(
      database.db.execute(sql`update audit_log set action = 'changed'`),
    ).rejects.toThrow();
    await expect(database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
  });
});
