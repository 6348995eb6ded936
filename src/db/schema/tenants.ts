/** Tenants (training providers), their settings, and the column helpers every tenant-owned table uses. */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  foreignKey,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

export const createdAt = () =>
  timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow();
export const at = () => timestamp({ withTimezone: true, mode: 'date' });
export const tenantRef = () =>
  integer()
    .notNull()
    .references(() => tenants.id, { onDelete: 'cascade' });

/**
 * A foreign key that keeps a reference inside its tenant: (tenant_id, column) must match
 * (tenant_id, id) of the target, which holds a unique (tenant_id, id) for it.
 */
export const sameTenant = (
  name: string,
  columns: [AnyPgColumn, AnyPgColumn],
  target: { tenantId: AnyPgColumn; id: AnyPgColumn },
) => foreignKey({ name, columns, foreignColumns: [target.tenantId, target.id] });

export const tenants = pgTable(
  'tenants',
  {
    id: serial().primaryKey(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    /** Field visibility, mandatory fields and feature switches; shape in features/tenants. */
    settings: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    lockoutThreshold: integer().notNull().default(5),
    /** Minutes after which a lockout lifts by itself; null: only an unlock lifts it (the seed). */
    autoUnlockMinutes: integer(),
    accessCodeLimit: integer().notNull().default(1000),
    /** Rows of access_codes ever issued; raised atomically against accessCodeLimit. */
    accessCodesIssued: integer().notNull().default(0),
    accessCodeValidityDays: integer().notNull().default(90),
    timeZone: text().notNull().default('Europe/London'),
    /**
     * Days a learner keeps access after completing (the latest completed funding episode): the
     * end date the completion sweep gives a learner who has none. Null: completion sets none.
     */
    accessAfterCompletionDays: integer(),
    createdAt: createdAt(),
  },
  (t) => [
    // The slug is part of sign-in and of URLs: lowercase letters, digits and single hyphens.
    check('tenants_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check(
      'tenants_access_after_completion_days_range',
      sql`${t.accessAfterCompletionDays} is null or ${t.accessAfterCompletionDays} between 0 and 3650`,
    ),
    check(
      'tenants_auto_unlock_minutes_range',
      sql`${t.autoUnlockMinutes} is null or ${t.autoUnlockMinutes} between 1 and 10080`,
    ),
  ],
);
