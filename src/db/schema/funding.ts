/** Funding (ILR) episodes and change requests to funding-locked fields. */
import { boolean, date, integer, jsonb, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { at, createdAt, tenantRef } from './tenants.js';
import { users } from './users.js';

export const FUNDING_STATUSES = [
  'Draft',
  'Submitted',
  'QA Verified',
  'Completed',
  'Withdrawn',
] as const;

export const fundingEpisodes = pgTable('funding_episodes', {
  id: serial().primaryKey(),
  tenantId: tenantRef(),
  learnerId: integer()
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  status: text({ enum: FUNDING_STATUSES }).notNull(),
  inBatch: boolean().notNull().default(false),
  unfunded: boolean().notNull().default(false),
  /** The day the learner completed this episode; read with the tenant's access after completion. */
  completedOn: date({ mode: 'string' }),
  /** The UKPRN of the learner's learning provider, kept in step while the episode is open. */
  ukprn: text(),
});

export const changeRequests = pgTable('change_requests', {
  id: serial().primaryKey(),
  tenantId: tenantRef(),
  learnerId: integer()
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  requestedBy: integer().references(() => users.id, { onDelete: 'set null' }),
  requested: jsonb().$type<Record<string, unknown>>().notNull(),
  note: text(),
  /** done: approved, and its values applied to the learner. */
  status: text({ enum: ['open', 'done', 'rejected'] })
    .notNull()
    .default('open'),
  createdAt: createdAt(),
  decidedBy: integer().references(() => users.id, { onDelete: 'set null' }),
  decidedAt: at(),
  /** Why it was rejected, for the administrator who asked. */
  rejectionReason: text(),
});
