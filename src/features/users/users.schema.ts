import { z } from 'zod';
import { ORGANISATION_TYPES, SUBSCRIPTION_STATUSES, USER_TYPES } from '../../db/schema.js';
import { SIGN_IN_BLOCKED_CODES } from '../../domain/sign-in-blocked.js';
import { STATUS_ACTIONS } from '../../domain/status-actions.js';
import {
  ZAdvicePack,
  ZAdvicePackMode,
  ZAuthenticationType,
  ZEmployerRole,
  ZGender,
  ZSubscriptionStatus,
  ZUserType,
} from '../../platform/api-enums.js';
import { listOf, repeatedInt, ZPaging, zQueryId } from '../../platform/api-schemas.js';

export const ZAddress = z.object({
  postcode: z.string().nullable(),
  line1: z.string().nullable(),
  line2: z.string().nullable(),
  town: z.string().nullable(),
  county: z.string().nullable(),
  country: z.string().nullable(),
});

export const ZUser = z.object({
  id: z.number().int(),
  type: ZUserType,
  username: z.string().nullable(),
  firstName: z.string(),
  surname: z.string(),
  preferredName: z.string().nullable(),
  title: z.string().nullable(),
  gender: ZGender.nullable(),
  email: z.string().nullable(),
  personalEmail: z.string().nullable(),
  mobile: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  subscriptionEndsOn: z.iso.date().nullable(),
  nationalInsuranceNumber: z.string().nullable(),
  groupIds: z.array(z.number().int()),
  groups: z.array(z.object({ id: z.number().int(), name: z.string() })),
  caseOwnerId: z.number().int().nullable(),
  programmeId: z.number().int().nullable(),
  targetProgrammeId: z.number().int().nullable(),
  referenceNumber: z.string().nullable(),
  employerId: z.number().int().nullable(),
  employerAddressId: z.number().int().nullable(),
  managerId: z.number().int().nullable(),
  mentorId: z.number().int().nullable(),
  learningProviderId: z.number().int().nullable(),
  referrerId: z.number().int().nullable(),
  referrerAddressId: z.number().int().nullable(),
  referrerContactId: z.number().int().nullable(),
  minRateOfPay: z.string().nullable(),
  advicePackMode: ZAdvicePackMode.nullable(),
  advicePack: ZAdvicePack.nullable(),
  address: ZAddress,
  authenticationType: ZAuthenticationType,
  samlIdentityProvider: z.string().nullable(),
  samlUniqueId: z.string().nullable(),
  consoleAccess: z.boolean(),
  classicAccess: z.boolean(),
  employerRoles: z.array(ZEmployerRole).describe('Employer users: their roles; empty otherwise'),
  positionId: z.number().int().nullable().describe('Employer users: their position'),
  customFields: z.record(z.string(), z.string()),
  subscriptionStatus: ZSubscriptionStatus,
  locked: z.boolean(),
  suspended: z.boolean().describe('An administrator has paused this account’s access'),
  signInBlocked: z
    .object({ code: z.enum(SIGN_IN_BLOCKED_CODES), message: z.string() })
    .nullable()
    .describe('Why this person cannot sign in today and what to do; null when they can'),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  actions: z.object({
    edit: z.boolean(),
    invite: z.boolean(),
    unlock: z.boolean(),
    resetPassword: z.boolean().describe('May be sent a password reset link now'),
    message: z.boolean().describe('May be sent a message (POST /users/{id}/messages) now'),
    status: z
      .array(z.enum(STATUS_ACTIONS))
      .describe('The status actions (POST /users/{id}/<action>) the caller may take now'),
  }),
});
export type TUser = z.infer<typeof ZUser>;

export const USER_SORTS = ['name', 'email', 'type', 'status', 'createdAt', 'id'] as const;

export const ZListUsersQuery = ZPaging.extend({
  q: z.string().trim().max(200).optional(),
  email: z.string().trim().max(320).optional(),
  type: z.enum(USER_TYPES, 'type is learner, employer or admin.').optional(),
  status: z.enum(SUBSCRIPTION_STATUSES, 'status is not a known subscription status.').optional(),
  groupId: repeatedInt('groupId must be a group id.'),
  caseOwnerId: zQueryId('caseOwnerId must be a user id.').optional(),
  sort: z.enum(USER_SORTS).default('name'),
});
export type TListUsersQuery = z.infer<typeof ZListUsersQuery>;

export const ZUserList = listOf(ZUser);

export const ZLearnerContact = z.object({
  id: z.number().int().describe('The contact, as the organisation holds it'),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  organisation: z.object({
    id: z.number().int(),
    name: z.string(),
    type: z.enum(ORGANISATION_TYPES),
  }),
  addedAt: z.iso.datetime().describe('When the contact was first linked to the learner'),
});
export type TLearnerContact = z.infer<typeof ZLearnerContact>;
