/** Sign-in: sessions, API keys, single-use tokens and the failures that lead to lockout. */
import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { at, createdAt, tenantRef } from './tenants.js';
import { users } from './users.js';

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the session cookie value; the value itself is never stored. */
    idHash: text().primaryKey(),
    tenantId: tenantRef(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text().notNull(),
    createdAt: createdAt(),
    expiresAt: at().notNull(),
  },
  // A sign-in deletes the person's expired sessions, and signing out everywhere, unlocking or
  // deleting a user finds theirs: by user, without reading the whole table.
  (t) => [index('sessions_user_id').on(t.userId)],
);

export const apiKeys = pgTable('api_keys', {
  id: serial().primaryKey(),
  tenantId: tenantRef(),
  adminId: integer()
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  name: text().notNull(),
  keyHash: text().notNull().unique(),
  createdAt: createdAt(),
  revokedAt: at(),
});

/**
 * Single-use tokens (activation, self-unlock, password reset); only the sha256 of the token is stored. At most
 * one unused token per user and purpose: a newer email replaces the older link.
 */
export const userTokens = pgTable(
  'user_tokens',
  {
    id: serial().primaryKey(),
    tenantId: tenantRef(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text({ enum: ['activation', 'unlock', 'password_reset'] }).notNull(),
    tokenHash: text().notNull().unique(),
    expiresAt: at().notNull(),
    usedAt: at(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('user_tokens_one_unused_per_purpose')
      .on(t.userId, t.purpose)
      .where(sql`${t.usedAt} is null`),
  ],
);

/**
 * Failed sign-ins at usernames no account holds, counted like an account's, so that the
 * lockout answers an unknown name exactly as it answers a known one (issue 8).
 */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    tenantId: tenantRef(),
    /** The username or email as typed, trimmed and lower-cased. */
    name: text().notNull(),
    failedSignIns: integer().notNull().default(0),
    lockedAt: at(),
    updatedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.name] })],
);
