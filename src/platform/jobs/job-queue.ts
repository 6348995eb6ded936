/**
 * The job table's SQL: enqueue (inside the caller's transaction), claim with FOR UPDATE SKIP
 * LOCKED so each job goes to one worker, and record the outcome of a try.
 */
import { and, asc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { jobs } from '../../db/schema.js';
import { DEFAULT_MAX_ATTEMPTS, type JobDefinition } from './job-definition.js';

export type JobRow = typeof jobs.$inferSelect;

/** Writes a job in the caller's transaction: it exists only if the change that causes it does. */
export async function enqueueJob<TPayload>(
  tx: Db,
  definition: JobDefinition<TPayload>,
  payload: TPayload,
  options: { runAt?: Date } = {},
) {
  const [row] = await tx
    .insert(jobs)
    .values({
      type: definition.name,
      payload: definition.schema.parse(payload),
      runAt: options.runAt ?? new Date(),
      maxAttempts: definition.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    })
    .returning({ id: jobs.id });
  if (!row) throw new Error(`The ${definition.name} job was not written.`);
  return row.id;
}

/**
 * Takes up to `limit` due jobs of the given types for `workerId`: pending ones whose time has
 * come, and running ones whose worker has held them past the lease (it crashed or hung).
 * Each claim counts as a try. One statement, so it needs no transaction (PGlite has one
 * connection) and two workers never get the same job.
 */
export async function claimJobs(
  db: Db,
  options: { workerId: string; limit: number; types: string[]; leaseMs: number },
): Promise<JobRow[]> {
  if (options.limit < 1 || options.types.length === 0) return [];
  const leaseSeconds = options.leaseMs / 1000;
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        inArray(jobs.type, options.types),
        or(
          and(eq(jobs.status, 'pending'), lte(jobs.runAt, sql`now()`)),
          and(
            eq(jobs.status, 'running'),
            lt(jobs.lockedAt, sql`now() - make_interval(secs => ${leaseSeconds})`),
          ),
        ),
      ),
    )
    .orderBy(asc(jobs.runAt), asc(jobs.id))
    .limit(options.limit)
    .for('update', { skipLocked: true });
  const rows = await db
    .update(jobs)
    .set({
      status: 'running',
      attempts: sql`${jobs.attempts} + 1`,
      lockedBy: options.workerId,
      lockedAt: sql`now()`,
    })
    .where(inArray(jobs.id, due))
    .returning();
  return rows.sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id - b.id);
}

/** Marks a try done, unless the job was since taken by another worker after the lease. */
export async function completeJob(db: Db, job: JobRow) {
  await db
    .update(jobs)
    .set({ status: 'done', finishedAt: new Date(), lockedBy: null })
    .where(
      and(eq(jobs.id, job.id), eq(jobs.lockedBy, job.lockedBy ?? ''), eq(jobs.status, 'running')),
    );
}

/** Records a failed try: pending again at `retryAt`, or failed for good when it is null. */
export async function failJob(db: Db, job: JobRow, error: string, retryAt: Date | null) {
  await db
    .update(jobs)
    .set(
      retryAt
        ? { status: 'pending', runAt: retryAt, lastError: error, lockedBy: null, lockedAt: null }
        : { status: 'failed', finishedAt: new Date(), lastError: error, lockedBy: null },
    )
    .where(
      and(eq(jobs.id, job.id), eq(jobs.lockedBy, job.lockedBy ?? ''), eq(jobs.status, 'running')),
    );
}

/** Done jobs older than `days` go; failed ones stay to be looked at. */
export async function deleteFinishedJobs(db: Db, days = 7) {
  await db.execute(
    sql`delete from jobs where status = 'done' and finished_at < now() - make_interval(days => ${days})`,
  );
}
