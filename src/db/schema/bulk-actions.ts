/**
 * Bulk actions on users (issue 12): one row an action asked for, and one row a user it covers,
 * whose result stays null until the worker has done it, so a resumed run never acts twice.
 */
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
} from 'drizzle-orm/pg-core';
import { at, createdAt, tenantRef } from './tenants.js';
import { users } from './users.js';

export const BULK_ACTIONS = [
  'set-case-owner',
  'invite',
  'extend',
  'unlock',
  'archive',
  'reassign-group',
] as const;
export const BULK_ACTION_STATUSES = ['pending', 'running', 'done', 'failed'] as const;

export const bulkActions = pgTable('bulk_actions', {
  id: serial().primaryKey(),
  tenantId: tenantRef(),
  createdBy: integer()
    .notNull()
    .references(() => users.id),
  action: text({ enum: BULK_ACTIONS }).notNull(),
  /** The action's own values: caseOwnerId, subscriptionEndsOn. */
  params: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  status: text({ enum: BULK_ACTION_STATUSES }).notNull().default('pending'),
  total: integer().notNull(),
  done: integer().notNull().default(0),
  error: text(),
  createdAt: createdAt(),
  finishedAt: at(),
});

export const bulkActionItems = pgTable(
  'bulk_action_items',
  {
    tenantId: tenantRef(),
    bulkActionId: integer()
      .notNull()
      .references(() => bulkActions.id, { onDelete: 'cascade' }),
    userId: integer().notNull(),
    /** Null until done; then whether it was done, or the code and sentence that refused it. */
    ok: boolean(),
    code: text(),
    message: text(),
  },
  (t) => [
    primaryKey({ columns: [t.bulkActionId, t.userId] }),
    index('bulk_action_items_pending').on(t.bulkActionId, t.ok, t.userId),
  ],
);
