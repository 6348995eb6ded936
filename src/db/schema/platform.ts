/**
 * Tables of the platform rather than of a concept: the background job queue and the shared
 * rate-limit counters. Every server reads and writes these, so nothing lives in one process.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

const at = () => timestamp({ withTimezone: true, mode: 'date' });

export const JOB_STATUSES = ['pending', 'running', 'done', 'failed'] as const;

/** One row a job: claimed with FOR UPDATE SKIP LOCKED, retried with backoff, never lost. */
export const jobs = pgTable(
  'jobs',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    type: text().notNull(),
    payload: jsonb().$type<unknown>().notNull(),
    status: text({ enum: JOB_STATUSES }).notNull().default('pending'),
    runAt: at().notNull().defaultNow(),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull(),
    lastError: text(),
    lockedBy: text(),
    lockedAt: at(),
    createdAt: at().notNull().defaultNow(),
    finishedAt: at(),
  },
  (t) => [
    index('jobs_due_idx').on(t.runAt).where(sql`status = 'pending'`),
    index('jobs_running_idx').on(t.lockedAt).where(sql`status = 'running'`),
    index('jobs_type_status_idx').on(t.type, t.status),
    check('jobs_status_check', sql`${t.status} in ('pending', 'running', 'done', 'failed')`),
  ],
);

/** Fixed-window counters of @fastify/rate-limit, shared by every server. */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text().primaryKey(),
    count: integer().notNull(),
    resetAt: at().notNull(),
  },
  (t) => [index('rate_limits_reset_at_idx').on(t.resetAt)],
);
