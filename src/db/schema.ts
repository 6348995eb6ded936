/**
 * The one schema of Roster, for PGlite and PostgreSQL alike. Column names are snake_case in
 * the database (Drizzle `casing`), camelCase here. Every tenant-owned table carries tenantId.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { SUBSCRIPTION_STATUSES } from '../domain/subscription.js';

const createdAt = () => timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow();
const at = () => timestamp({ withTimezone: true, mode: 'date' });
const tenantRef = () =>
  integer()
    .notNull()
    .references(() => tenants.id, { onDelete: 'cascade' });

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
    createdAt: createdAt(),
  },
  (t) => [
    check(
      'tenants_auto_unlock_minutes_range',
      sql`${t.autoUnlockMinutes} is null or ${t.autoUnlockMinutes} between 1 and 10080`,
    ),
  ],
);

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
    createdAt: createdAt(),
  },
  (t) => [index().on(t.tenantId, t.parentId)],
);

export const USER_TYPES = ['learner', 'employer', 'admin'] as const;
export { SUBSCRIPTION_STATUSES };

export const users = pgTable(
  'users',
  {
    id: serial().primaryKey(),
    tenantId: tenantRef(),
    type: text({ enum: USER_TYPES }).notNull(),
    /** Administrators only: 'standard' or 'support' (platform support). */
    adminRole: text({ enum: ['standard', 'support'] }),
    username: text(),
    email: text(),
    firstName: text().notNull(),
    surname: text().notNull(),
    preferredName: text(),
    title: text(),
    gender: text({ enum: ['male', 'female'] }),
    personalEmail: text(),
    mobile: text(),
    dateOfBirth: date({ mode: 'string' }),
    nationalInsuranceNumber: text(),
    postcode: text(),
    line1: text(),
    line2: text(),
    town: text(),
    county: text(),
    country: text(),
    subscriptionStatus: text({ enum: SUBSCRIPTION_STATUSES }).notNull().default('Prospect'),
    subscriptionEndsOn: date({ mode: 'string' }),
    passwordHash: text(),
    failedSignIns: integer().notNull().default(0),
    lockedAt: at(),
    caseOwnerId: integer(),
    programmeId: integer(),
    targetProgrammeId: integer(),
    referenceNumber: text(),
    employerId: integer(),
    employerAddressId: integer(),
    managerId: integer(),
    mentorId: integer(),
    learningProviderId: integer(),
    referrerId: integer(),
    referrerAddressId: integer(),
    referrerContactId: integer(),
    minRateOfPay: text(),
    advicePackMode: text({ enum: ['default', 'individual'] }),
    advicePack: text({ enum: ['standard', 'professional'] }),
    authenticationType: text({ enum: ['password', 'saml'] })
      .notNull()
      .default('password'),
    samlIdentityProvider: text(),
    samlUniqueId: text(),
    consoleAccess: boolean().notNull().default(true),
    classicAccess: boolean().notNull().default(false),
    /** Employer users: role keys and position. */
    employerRoles: text().array().notNull().default(sql`'{}'::text[]`),
    positionId: integer(),
    customFields: jsonb().$type<Record<string, string>>().notNull().default({}),
    version: integer().notNull().default(1),
    activatedAt: at(),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    // Email and username share one namespace per tenant: identity_keys (schema-identity.ts)
    // holds that rule; this index serves sign-in's lookup by username.
    index('users_tenant_username_idx').on(t.tenantId, sql`lower(${t.username})`),
    index().on(t.tenantId, t.subscriptionStatus),
    // Sort keys of the Users grid, so a page is an index walk rather than a sort of every row.
    index('users_tenant_name_sort').on(
      t.tenantId,
      sql`lower(${t.surname})`,
      sql`lower(${t.firstName})`,
      t.id,
    ),
    index('users_tenant_email_sort').on(t.tenantId, sql`lower(${t.email})`, t.id),
    index('users_tenant_created_sort').on(t.tenantId, t.createdAt, t.id),
    index().on(t.tenantId, t.caseOwnerId),
    check('users_console_or_classic', sql`${t.consoleAccess} or ${t.classicAccess}`),
  ],
);

export const userGroups = pgTable(
  'user_groups',
  {
    tenantId: tenantRef(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    groupId: integer()
      .notNull()
      .references(() => groups.id),
    rootId: integer().notNull(),
    /** True for learners: at most one group per root hierarchy. */
    exclusive: boolean().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.groupId] }),
    uniqueIndex('user_groups_one_per_root').on(t.userId, t.rootId).where(sql`${t.exclusive}`),
    index().on(t.groupId),
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

export const programmes = pgTable('programmes', {
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
});

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

export const ORGANISATION_TYPES = ['own', 'training', 'employer', 'referrer'] as const;

export const organisations = pgTable('organisations', {
  id: serial().primaryKey(),
  tenantId: tenantRef(),
  name: text().notNull(),
  type: text({ enum: ORGANISATION_TYPES }).notNull(),
  ukprn: text(),
});

export const organisationAddresses = pgTable('organisation_addresses', {
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
});

export const organisationContacts = pgTable('organisation_contacts', {
  id: serial().primaryKey(),
  tenantId: tenantRef(),
  organisationId: integer()
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  name: text().notNull(),
  email: text(),
  phone: text(),
});

export const positions = pgTable(
  'positions',
  {
    id: serial().primaryKey(),
    tenantId: tenantRef(),
    title: text().notNull(),
  },
  (t) => [uniqueIndex('positions_tenant_title_key').on(t.tenantId, sql`lower(${t.title})`)],
);

export const sessions = pgTable('sessions', {
  /** sha256 of the session cookie value; the value itself is never stored. */
  idHash: text().primaryKey(),
  tenantId: tenantRef(),
  userId: integer()
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  csrfToken: text().notNull(),
  createdAt: createdAt(),
  expiresAt: at().notNull(),
});

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
 * Single-use tokens (activation, self-unlock); only the sha256 of the token is stored. At most
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
    purpose: text({ enum: ['activation', 'unlock'] }).notNull(),
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

/** Transactional outbox: written with the change that causes the email, sent afterwards. */
export const outbox = pgTable(
  'outbox',
  {
    id: serial().primaryKey(),
    tenantId: tenantRef(),
    userId: integer().references(() => users.id, { onDelete: 'set null' }),
    toAddress: text().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    htmlBody: text().notNull(),
    status: text({ enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    /** Fixed when the row is written, so a resend after a crash carries the same one. */
    messageId: text()
      .notNull()
      .unique('outbox_message_id_unique')
      .default(sql`('<' || gen_random_uuid() || '@roster.local>')`),
    attempts: integer().notNull().default(0),
    /** When the next try is due while pending; null once sent or given up. */
    nextAttemptAt: at(),
    lastError: text(),
    createdAt: createdAt(),
    sentAt: at(),
  },
  (t) => [index().on(t.status, t.id), index().on(t.tenantId, t.userId)],
);

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
  },
  (t) => [
    uniqueIndex().on(t.tenantId, t.code, t.groupId),
    index().on(t.tenantId, t.id),
    index().on(t.tenantId, t.groupId),
  ],
);

export const FUNDING_STATUSES = [
  'Draft',
  'Submitted',
  'QA Verified',
  'Completed',
  'Withdrawn',
] as const;

export const fundingEpisodes = pgTable('funding_episodes', {
  id: serial().primaryKey(),
  tenantId: tenantRef(),
  learnerId: integer()
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  status: text({ enum: FUNDING_STATUSES }).notNull(),
  inBatch: boolean().notNull().default(false),
  unfunded: boolean().notNull().default(false),
});

export const changeRequests = pgTable('change_requests', {
  id: serial().primaryKey(),
  tenantId: tenantRef(),
  learnerId: integer()
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  requestedBy: integer().references(() => users.id, { onDelete: 'set null' }),
  requested: jsonb().$type<Record<string, unknown>>().notNull(),
  note: text(),
  status: text({ enum: ['open', 'done', 'rejected'] })
    .notNull()
    .default('open'),
  createdAt: createdAt(),
});

/** Append-only: a trigger in the migrations refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    tenantId: integer().notNull(),
    actorId: integer(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    before: jsonb(),
    after: jsonb(),
    ip: text(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.tenantId, t.entityType, t.entityId)],
);

export * from './schema-identity.js';
export * from './schema-platform.js';
