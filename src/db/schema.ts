/**
 * The one schema of Roster, for PGlite and PostgreSQL alike, one file per concept under
 * `schema/`. Column names are snake_case in the database (Drizzle `casing`), camelCase here.
 * Every tenant-owned table carries tenantId. drizzle.config.ts reads this file.
 */

export * from './schema/access-codes.js';
export * from './schema/audit.js';
export * from './schema/auth.js';
export * from './schema/bulk-actions.js';
export * from './schema/funding.js';
export * from './schema/groups.js';
export * from './schema/identity.js';
export * from './schema/imports.js';
export * from './schema/learner-contacts.js';
export * from './schema/messages.js';
export * from './schema/organisations.js';
export * from './schema/outbox.js';
export * from './schema/platform.js';
export * from './schema/programmes.js';
export * from './schema/tenants.js';
export * from './schema/users.js';
