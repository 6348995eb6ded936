/** Programmes (delivery and application) and the groups that offer them. */
import {
  boolean,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { groups } from './groups.js';
import { tenantRef } from './tenants.js';

export const programmes = pgTable(
  'programmes',
  {
    id: serial().primaryKey(),
    tenantId: tenantRef(),
    name: text().notNull(),
    type: text({ enum: ['application', 'delivery'] }).notNull(),
    referencePrefix: text(),
    referenceDigits: integer(),
    adviceEnabled: boolean().notNull().default(false),
    defaultAdvicePack: text({ enum: ['standard', 'professional'] }),
    /** Custom user fields: [{key, label, mandatory}]. */
    customFields: jsonb()
      .$type<{ key: string; label: string; mandatory: boolean }[]>()
      .notNull()
      .default([]),
  },
  (t) => [unique('programmes_tenant_id_key').on(t.tenantId, t.id)],
);

export const programmeGroups = pgTable(
  'programme_groups',
  {
    tenantId: tenantRef(),
    programmeId: integer()
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    groupId: integer()
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.groupId] })],
);
