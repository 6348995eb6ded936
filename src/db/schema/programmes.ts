/** Programmes (delivery and application) and the groups that offer them. */
import { sql } from 'drizzle-orm';
import {
  check,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { CustomFieldDefinition } from '../../domain/programme-config.js';
import { ADVICE_PACKS, PROGRAMME_TYPES } from '../../domain/vocabulary.js';
import { groups } from './groups.js';
import { tenantRef } from './tenants.js';

export const programmes = pgTable(
  'programmes',
  {
    id: serial().primaryKey(),
    tenantId: tenantRef(),
    name: text().notNull(),
    type: text({ enum: PROGRAMME_TYPES }).notNull(),
    referencePrefix: text(),
    referenceDigits: integer(),
    /** The advice packs the programme offers (none: advice is off); the default is one of them. */
    advicePacks: text({ enum: ADVICE_PACKS }).array().notNull().default(sql`'{}'::text[]`),
    defaultAdvicePack: text({ enum: ADVICE_PACKS }),
    /** Custom learner fields: [{key, label, kind, options, mandatory}]. */
    customFields: jsonb().$type<CustomFieldDefinition[]>().notNull().default([]),
    version: integer().notNull().default(1),
  },
  (t) => [
    unique('programmes_tenant_id_key').on(t.tenantId, t.id),
    uniqueIndex('programmes_tenant_name_key').on(t.tenantId, sql`lower(${t.name})`),
    check(
      'programmes_default_advice_pack',
      sql`(${t.defaultAdvicePack} is null) = (cardinality(${t.advicePacks}) = 0) and (${t.defaultAdvicePack} is null or ${t.defaultAdvicePack} = any(${t.advicePacks}))`,
    ),
    check(
      'programmes_reference_digits',
      sql`${t.referenceDigits} is null or ${t.referenceDigits} between 1 and 12`,
    ),
  ],
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
