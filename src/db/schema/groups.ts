/** Group trees and which groups each administrator can access. */
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { createdAt, tenantRef } from './tenants.js';
import { users } from './users.js';

export const groups = pgTable(
  'groups',
  {
    id: serial().primaryKey(),
    tenantId: tenantRef(),
    /** Null for the root of a hierarchy. */
    parentId: integer(),
    /** The root of this group's hierarchy (itself for a root). */
    rootId: integer().notNull(),
    name: text().notNull(),
    /** Raised by every rename or move; PATCH /groups/{id} sends the one it read. */
    version: integer().notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.tenantId, t.parentId),
    unique('groups_tenant_id_key').on(t.tenantId, t.id),
    check('groups_not_own_parent', sql`${t.parentId} is distinct from ${t.id}`),
  ],
);

/** Groups an administrator can access; access covers each group's subtree. */
export const adminGroupAccess = pgTable(
  'admin_group_access',
  {
    tenantId: tenantRef(),
    adminId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    groupId: integer()
      .notNull()
      .references(() => groups.id),
  },
  (t) => [primaryKey({ columns: [t.adminId, t.groupId] }), index().on(t.groupId)],
);
