import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openTestDatabase } from '../../../test/support/database.js';
import type { Database } from '../../db/client.js';
import { jobs } from '../../db/schema.js';
import { defineJob, type JobDeps } from './job-definition.js';
import { claimJobs, completeJob, deleteFinishedJobs, enqueueJob } from './job-queue.js';
import { drainJobs, startWorker } from './worker.js';

let database: Database;
let deps: JobDeps;
const seen: string[] = [];
const errors: string[] = [];
const logger = { error: (message: string) => errors.push(message) };

const recordJob = defineJob({
  name: 'test-record',
  schema: z.object({ note: z.string() }),
  async run({ note }) {
    seen.push(note);
  },
});

const flakyJob = defineJob({
  name: 'test-flaky',
  schema: z.object({ note: z.string() }),
  maxAttempts: 3,
  backoffMs: (attempt) => attempt * 60_000,
  async run({ note }) {
    throw new Error(`refused ${note}`);
  },
});

const hangingJob = defineJob({
  name: 'test-hang',
  schema: z.object({}),
  timeoutMs: 300,
  run: () => new Promise<void>(() => {}),
});

const definitions = [recordJob, flakyJob, hangingJob];
const leaseMs = 60_000;

beforeAll(async () => {
  database = await openTestDatabase();
  deps = { db: database.db, mailer: { enabled: false, send: async () => {} } };
});
afterAll(() => database.close());
beforeEach(async () => {
  await database.db.delete(jobs);
  seen.length = 0;
  errors.length = 0;
});

const jobRow = async (id: number) => {
  const [row] = await database.db.select().from(jobs).where(eq(jobs.id, id));
  if (!row) throw new Error(`no job ${id}`);
  return row;
};

describe('job queue', () => {
  it('writes a job only with the transaction that causes it, and only with a valid payload', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await enqueueJob(tx, recordJob, { note: 'rolled back' });
        throw new Error('change refused');
      }),
    ).rejects.toThrow('change refused');
    // @ts-expect-error a payload of the wrong type, as a caller outside TypeScript might send
    await expect(enqueueJob(database.db, recordJob, { note: 7 })).rejects.toThrow();
    expect(await database.db.select().from(jobs)).toEqual([]);
  });

  it('runs a due job once and marks it done; a job due later waits', async () => {
    const now = await enqueueJob(database.db, recordJob, { note: 'now' });
    const later = await enqueueJob(
      database.db,
      recordJob,
      { note: 'later' },
      { runAt: new Date(Date.now() + 3_600_000) },
    );
    expect(await drainJobs(deps, { definitions, logger })).toBe(1);
    expect(await drainJobs(deps, { definitions, logger })).toBe(0);
    expect(seen).toEqual(['now']);
    expect(await jobRow(now)).toMatchObject({ status: 'done', attempts: 1, lockedBy: null });
    expect((await jobRow(later)).status).toBe('pending');
  });

  it('records each failure and retries with backoff, then gives up keeping the last error', async () => {
    const id = await enqueueJob(database.db, flakyJob, { note: 'x' });
    await drainJobs(deps, { definitions, logger });
    const first = await jobRow(id);
    expect(first).toMatchObject({ status: 'pending', attempts: 1, lastError: 'refused x' });
    expect(first.runAt.getTime() - Date.now()).toBeGreaterThan(50_000);
    expect(errors[0]).toMatch(/try 1\/3 failed: refused x; next try/);
    for (const attempt of [2, 3]) {
      await database.db.update(jobs).set({ runAt: new Date() }).where(eq(jobs.id, id));
      await drainJobs(deps, { definitions, logger });
      expect((await jobRow(id)).attempts).toBe(attempt);
    }
    expect(await jobRow(id)).toMatchObject({ status: 'failed', lastError: 'refused x' });
    expect(errors.at(-1)).toMatch(/try 3\/3 failed: refused x; given up/);
  });

  it('fails a job whose payload no longer fits its schema, without retrying', async () => {
    const [row] = await database.db
      .insert(jobs)
      .values({ type: 'test-record', payload: { note: 1 }, maxAttempts: 5 })
      .returning();
    await drainJobs(deps, { definitions, logger });
    expect(await jobRow(row?.id ?? 0)).toMatchObject({ status: 'failed', attempts: 1 });
    expect((await jobRow(row?.id ?? 0)).lastError).toMatch(/invalid payload/);
  });

  it('gives each job to one worker only, however many claim at once', async () => {
    for (let i = 0; i < 20; i++) await enqueueJob(database.db, recordJob, { note: `n${i}` });
    const claim = (workerId: string) =>
      claimJobs(database.db, { workerId, limit: 3, types: ['test-record'], leaseMs });
    const claimed: number[] = [];
    for (let round = 0; round < 5; round++) {
      const batches = await Promise.all(['a', 'b', 'c', 'd'].map(claim));
      for (const batch of batches) claimed.push(...batch.map((job) => job.id));
    }
    expect(claimed).toHaveLength(20);
    expect(new Set(claimed).size).toBe(20);
  });

  it('takes back a job held past the lease (its worker died); the dead worker cannot finish it', async () => {
    const id = await enqueueJob(database.db, recordJob, { note: 'orphan' });
    const types = ['test-record'];
    const [dead] = await claimJobs(database.db, { workerId: 'dead', limit: 1, types, leaseMs });
    expect(await claimJobs(database.db, { workerId: 'live', limit: 1, types, leaseMs })).toEqual(
      [],
    );
    await database.db
      .update(jobs)
      .set({ lockedAt: sql`now() - interval '2 minutes'` })
      .where(eq(jobs.id, id));
    expect(await drainJobs(deps, { definitions, logger, leaseMs })).toBe(1);
    expect(seen).toEqual(['orphan']);
    if (dead) await completeJob(database.db, dead);
    const row = await jobRow(id);
    expect(row).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('deletes done jobs after a week and keeps failed ones to be looked at', async () => {
    const old = new Date(Date.now() - 8 * 86_400_000);
    const base = { type: 'test-record', payload: { note: 'old' }, maxAttempts: 5, finishedAt: old };
    await database.db.insert(jobs).values([
      { ...base, status: 'done' },
      { ...base, status: 'failed', lastError: 'kept' },
      { ...base, status: 'done', finishedAt: new Date() },
    ]);
    await deleteFinishedJobs(database.db);
    const left = await database.db.select().from(jobs);
    expect(left.map((job) => job.status).sort()).toEqual(['done', 'failed']);
    expect(left.find((job) => job.status === 'done')?.finishedAt?.getTime()).toBeGreaterThan(
      old.getTime(),
    );
  });

  it('times out a hung job without holding up the others, and stops cleanly', async () => {
    const hung = await enqueueJob(database.db, hangingJob, {});
    for (let i = 0; i < 5; i++) await enqueueJob(database.db, recordJob, { note: `q${i}` });
    const worker = startWorker(deps, { definitions, logger, concurrency: 2, pollMs: 50 });
    const started = Date.now();
    await expect.poll(() => seen.length, { timeout: 5000 }).toBe(5);
    expect(Date.now() - started).toBeLessThan(2000);
    await expect.poll(async () => (await jobRow(hung)).status, { timeout: 5000 }).toBe('pending');
    await worker.stop();
    expect(await jobRow(hung)).toMatchObject({ attempts: 1, lastError: 'timed out after 0.3 s' });
  });
});
