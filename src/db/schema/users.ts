/** Users (learners, employer users, administrators) and their group memberships. */
import { sql } from 'drizzle-orm';
import {
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
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { SUBSCRIPTION_STATUSES } from '../../domain/subscription.js';
import { USER_TYPES } from '../../domain/vocabulary.js';
import { groups } from './groups.js';
import {
  organisationAddresses,
  organisationContacts,
  organisations,
  positions,
} from './organisations.js';
import { programmes } from './programmes.js';
import { at, createdAt, sameTenant, tenantRef } from './tenants.js';

export { SUBSCRIPTION_STATUSES, USER_TYPES };

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
    /** Set while an administrator has paused this account's access; nothing else changes. */
    suspendedAt: at(),
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
    // Email and username share one namespace per tenant: identity_keys (identity.ts) holds
    // that rule; this index serves sign-in's lookup by username.
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
    // The due-to-expire list and the expiry sweep walk end dates in order.
    index('users_tenant_ends_on').on(t.tenantId, t.subscriptionEndsOn),
    index().on(t.tenantId, t.caseOwnerId),
    // An import's update matches learners by reference number, a chunk of them at once.
    index('users_tenant_reference')
      .on(t.tenantId, t.referenceNumber)
      .where(sql`${t.referenceNumber} is not null`),
    // The employer's console (Managed by me) finds the learners an employer user manages or mentors.
    index('users_tenant_manager').on(t.tenantId, t.managerId),
    index('users_tenant_mentor').on(t.tenantId, t.mentorId),
    unique('users_tenant_id_key').on(t.tenantId, t.id),
    // Every reference stays inside the tenant: composite with tenant_id, so no row can point
    // into another tenant. NO ACTION on delete: a referenced row in use cannot be deleted
    // (records are archived, not deleted); deleting a tenant removes all its rows together.
    sameTenant('users_case_owner_fk', [t.tenantId, t.caseOwnerId], t),
    sameTenant('users_manager_fk', [t.tenantId, t.managerId], t),
    sameTenant('users_mentor_fk', [t.tenantId, t.mentorId], t),
    sameTenant('users_programme_fk', [t.tenantId, t.programmeId], programmes),
    sameTenant('users_target_programme_fk', [t.tenantId, t.targetProgrammeId], programmes),
    sameTenant('users_employer_fk', [t.tenantId, t.employerId], organisations),
    sameTenant(
      'users_employer_address_fk',
      [t.tenantId, t.employerAddressId],
      organisationAddresses,
    ),
    sameTenant('users_learning_provider_fk', [t.tenantId, t.learningProviderId], organisations),
    sameTenant('users_referrer_fk', [t.tenantId, t.referrerId], organisations),
    sameTenant(
      'users_referrer_address_fk',
      [t.tenantId, t.referrerAddressId],
      organisationAddresses,
    ),
    sameTenant(
      'users_referrer_contact_fk',
      [t.tenantId, t.referrerContactId],
      organisationContacts,
    ),
    sameTenant('users_position_fk', [t.tenantId, t.positionId], positions),
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
    sameTenant('user_groups_user_fk', [t.tenantId, t.userId], users).onDelete('cascade'),
    sameTenant('user_groups_group_fk', [t.tenantId, t.groupId], groups),
  ],
);
