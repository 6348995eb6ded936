/**
 * The one namespace of sign-in names: a person signs in with their email or their username, so
 * within a tenant no key (lower-cased email or username) may belong to two accounts. A trigger
 * on `users` (migration 0006) keeps this table in step with every write of either column, in
 * the same transaction, so no writer can bypass it; the unique index is the rule itself.
 */

import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { sameTenant, tenantRef } from './tenants.js';
import { users } from './users.js';

export const IDENTITY_KINDS = ['email', 'username'] as const;

/** The name of the constraint a taken email or username violates (see platform errors). */
export const IDENTITY_KEY_CONSTRAINT = 'identity_keys_tenant_key';

export const identityKeys = pgTable(
  'identity_keys',
  {
    tenantId: tenantRef(),
    /** lower(email) or lower(username). */
    key: text().notNull(),
    userId: integer().notNull(),
    /** Which column of the user holds the key (email when both do). */
    kind: text({ enum: IDENTITY_KINDS }).notNull(),
  },
  (t) => [
    primaryKey({ name: IDENTITY_KEY_CONSTRAINT, columns: [t.tenantId, t.key] }),
    index('identity_keys_user_idx').on(t.userId),
    sameTenant('identity_keys_user_fk', [t.tenantId, t.userId], users).onDelete('cascade'),
    check('identity_keys_kind_check', sql`${t.kind} in ('email', 'username')`),
  ],
);
