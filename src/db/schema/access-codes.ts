/** Access codes for self-registration. */
import { index, integer, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { groups } from './groups.js';
import { at, createdAt, tenantRef } from './tenants.js';
import { users } from './users.js';

export const accessCodes = pgTable(
  'access_codes',
  {
    id: serial().primaryKey(),
    tenantId: tenantRef(),
    code: text().notNull(),
    groupId: integer()
      .notNull()
      .references(() => groups.id),
    description: text(),
    creatorId: integer().references(() => users.id, { onDelete: 'set null' }),
    creatorEmail: text(),
    issuedAt: createdAt(),
    expiresAt: at().notNull(),
    activatedAt: at(),
    registeredUserId: integer().references(() => users.id, { onDelete: 'set null' }),
    registeredEmail: text(),
    /** Set when an administrator withdrew the unused code; a revoked code registers no one. */
    revokedAt: at(),
  },
  (t) => [
    uniqueIndex().on(t.tenantId, t.code, t.groupId),
    index().on(t.tenantId, t.id),
    index().on(t.tenantId, t.groupId),
  ],
);
