/**
 * The worker's periodic sweep: rate-limit counters whose window ended and failed sign-ins at
 * unknown names that can be forgotten go; live counters and locks that still hold stay. The
 * sweep runs when a worker starts and again every `sweepEveryMs`.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.js';
import { buildTenant } from '../../../test/support/factories.js';
import type { Database } from '../../db/client.js';
import { rateLimits, signInFailures } from '../../db/schema.js';
import { periodicSweeps } from './registry.js';
import { runSweeps, startWorker } from './worker.js';

let database: Database;
let strict: { id: number };
let lenient: { id: number };
const errors: string[] = [];
const logger = { error: (message: string) => errors.push(message) };

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const DAY = 24 * 60;

beforeAll(async () => {
  database = await openTestDatabase();
  strict = await buildTenant(database.db); // no automatic unlock
  lenient = await buildTenant(database.db);
  await database.db.execute(
    sql`update tenants set auto_unlock_minutes = 30 where id = ${lenient.id}`,
  );
});
afterAll(() => database.close());

async function seed() {
  await database.db.delete(rateLimits);
  await database.db.delete(signInFailures);
  errors.length = 0;
  await database.db.insert(rateLimits).values([
    { key: 'ended', count: 9, resetAt: ago(1) },
    { key: 'live', count: 3, resetAt: new Date(Date.now() + 60_000) },
  ]);
  const failure = (tenantId: number, name: string, row: object) => ({
    tenantId,
    name,
    failedSignIns: 2,
    lockedAt: null,
    updatedAt: new Date(),
    ...row,
  });
  await database.db
    .insert(signInFailures)
    .values([
      failure(strict.id, 'recent', {}),
      failure(strict.id, 'idle', { updatedAt: ago(31 * DAY) }),
      failure(strict.id, 'zeroed', { failedSignIns: 0 }),
      failure(strict.id, 'locked-for-good', { failedSignIns: 5, lockedAt: ago(90 * DAY) }),
      failure(lenient.id, 'lock-lapsed', { failedSignIns: 5, lockedAt: ago(31) }),
      failure(lenient.id, 'lock-holds', { failedSignIns: 5, lockedAt: ago(5) }),
    ]);
}

const keys = async () =>
  (await database.db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key).sort();
const names = async () =>
  (await database.db.select({ name: signInFailures.name }).from(signInFailures))
    .map((r) => r.name)
    .sort();

describe('periodic sweep', () => {
  beforeEach(seed);

  it('deletes ended rate-limit windows and forgettable sign-in failures, keeping the rest', async () => {
    await runSweeps(database.db, periodicSweeps, logger);
    expect(errors).toEqual([]);
    expect(await keys()).toEqual(['live']);
    expect(await names()).toEqual(['lock-holds', 'locked-for-good', 'recent']);
  });

  it('takes the planner statistics again where no autovacuum runs (PGlite, or a server with it off)', async () => {
    await seed();
    const estimate = async () => {
      const [row] = await database.db
        .select({ n: sql<number>`reltuples::int`.mapWith(Number) })
        .from(sql`pg_class`)
        .where(sql`relname = 'rate_limits'`);
      return row?.n;
    };
    const [launcher] = await database.db
      .select({
        runs: sql<boolean>`exists (select 1 from pg_stat_activity where backend_type = 'autovacuum launcher')`,
      })
      .from(sql`(select 1) as one`);
    await database.db.insert(rateLimits).values(
      Array.from({ length: 40 }, (_, n) => ({
        key: `stats.${n}`,
        count: 1,
        resetAt: new Date(),
      })),
    );
    const sweep = periodicSweeps.find((s) => s.name === 'planner statistics');
    expect(await sweep?.run(database.db)).toBe(!launcher?.runs);
    if (!launcher?.runs) expect(await estimate()).toBe(42);
  });

  it('runs when a worker starts and again every sweepEveryMs, without any job to run', async () => {
    const worker = startWorker(
      { db: database.db, mailer: { enabled: false, send: async () => {} } },
      { definitions: [], logger, pollMs: 20, sweepEveryMs: 100 },
    );
    try {
      await expect.poll(keys, { timeout: 5000 }).toEqual(['live']);
      // A counter that ends after the first sweep is taken by a later one.
      await database.db
        .insert(rateLimits)
        .values({ key: 'ended-later', count: 1, resetAt: ago(0) });
      await expect.poll(keys, { timeout: 5000 }).toEqual(['live']);
      expect(await names()).toEqual(['lock-holds', 'locked-for-good', 'recent']);
    } finally {
      await worker.stop();
    }
    expect(errors).toEqual([]);
  });

  it('logs a failing sweep and still runs the others', async () => {
    await runSweeps(
      database.db,
      [{ name: 'broken', run: () => Promise.reject(new Error('boom')) }, ...periodicSweeps],
      logger,
    );
    expect(errors).toEqual(['The sweep of broken failed: boom']);
    expect(await keys()).toEqual(['live']);
  });
});
