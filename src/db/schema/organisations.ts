/** Organisations (own, training, employer, referrer) with their addresses, contacts and positions. */
import { sql } from 'drizzle-orm';
import { check, integer, pgTable, serial, text, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { ORGANISATION_TYPES } from '../../domain/vocabulary.js';
import { at, tenantRef } from './tenants.js';

export { ORGANISATION_TYPES };

export const organisations = pgTable(
  'organisations',
  {
    id: serial().primaryKey(),
    tenantId: tenantRef(),
    name: text().notNull(),
    type: text({ enum: ORGANISATION_TYPES }).notNull(),
    /** UK Provider Reference Number: training and own-organisation records only. */
    ukprn: text(),
    /** Employer organisations: the Main Aim Registration Number of the Add employer dialog. */
    mainAimRegistrationNumber: text(),
    /** Archived organisations leave the pickers but stay on the learners that have them. */
    archivedAt: at(),
    version: integer().notNull().default(1),
  },
  (t) => [
    // Composite references from other rows of the tenant point here (no row into another tenant).
    unique('organisations_tenant_id_key').on(t.tenantId, t.id),
    check(
      'organisations_ukprn',
      sql`${t.ukprn} is null or (${t.type} in ('own', 'training') and ${t.ukprn} ~ '^1[0-9]{7}$')`,
    ),
  ],
);

export const organisationAddresses = pgTable(
  'organisation_addresses',
  {
    id: serial().primaryKey(),
    tenantId: tenantRef(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    postcode: text().notNull(),
    line1: text().notNull(),
    line2: text(),
    town: text(),
    county: text(),
    country: text(),
  },
  // Composite references from other rows of the tenant point here (no row into another tenant).
  (t) => [unique('organisation_addresses_tenant_id_key').on(t.tenantId, t.id)],
);

export const organisationContacts = pgTable(
  'organisation_contacts',
  {
    id: serial().primaryKey(),
    tenantId: tenantRef(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    email: text(),
    phone: text(),
  },
  // Composite references from other rows of the tenant point here (no row into another tenant).
  (t) => [unique('organisation_contacts_tenant_id_key').on(t.tenantId, t.id)],
);

export const positions = pgTable(
  'positions',
  {
    id: serial().primaryKey(),
    tenantId: tenantRef(),
    title: text().notNull(),
  },
  (t) => [
    uniqueIndex('positions_tenant_title_key').on(t.tenantId, sql`lower(${t.title})`),
    unique('positions_tenant_id_key').on(t.tenantId, t.id),
  ],
);
