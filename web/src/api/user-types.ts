/** Shapes of one user record and of the learner forms (see /api/v1/openapi.json). */
import type { GroupRef, SubscriptionStatus, UserType } from './types';

export interface Address {
  postcode: string | null;
  line1: string | null;
  line2: string | null;
  town: string | null;
  county: string | null;
  country: string | null;
}

export type Gender = 'male' | 'female';
export type AdvicePackMode = 'default' | 'individual';
export type AdvicePack = 'standard' | 'professional';
export type AuthenticationType = 'password' | 'saml';

/** The learner fields an administrator sets on the Add user and Edit user forms. */
export interface LearnerFields {
  username: string | null;
  firstName: string;
  surname: string;
  preferredName: string | null;
  title: string | null;
  gender: Gender | null;
  email: string | null;
  personalEmail: string | null;
  mobile: string | null;
  /** ISO date, 2001-02-28. */
  dateOfBirth: string | null;
  subscriptionEndsOn: string | null;
  nationalInsuranceNumber: string | null;
  groupIds: number[];
  caseOwnerId: number | null;
  programmeId: number | null;
  targetProgrammeId: number | null;
  referenceNumber: string | null;
  employerId: number | null;
  employerAddressId: number | null;
  managerId: number | null;
  mentorId: number | null;
  learningProviderId: number | null;
  referrerId: number | null;
  referrerAddressId: number | null;
  referrerContactId: number | null;
  minRateOfPay: string | null;
  advicePackMode: AdvicePackMode | null;
  advicePack: AdvicePack | null;
  address: Address;
  authenticationType: AuthenticationType;
  samlIdentityProvider: string | null;
  samlUniqueId: string | null;
  consoleAccess: boolean;
  classicAccess: boolean;
  customFields: Record<string, string>;
}

/** The status actions of POST /users/{id}/<action>. */
export type StatusAction = 'cancel' | 'suspend' | 'resume' | 'expire' | 'archive' | 'restore';

export interface UserRecord extends LearnerFields {
  id: number;
  type: UserType;
  groups: GroupRef[];
  subscriptionStatus: SubscriptionStatus;
  locked: boolean;
  suspended: boolean;
  /** Why this person cannot sign in today, and what to do; null when they can. */
  signInBlocked: { code: string; message: string } | null;
  version: number;
  createdAt: string;
  actions: {
    edit: boolean;
    invite: boolean;
    unlock: boolean;
    resetPassword: boolean;
    status: StatusAction[];
  };
}

/** A PATCH body: any learner field (null clears it), with the version that was loaded. */
export type UpdateUserRequest = Partial<Omit<LearnerFields, 'address' | 'customFields'>> & {
  version: number;
  address?: Partial<Address>;
  customFields?: Record<string, string | null>;
};

export type CreateLearnerRequest = Partial<Omit<LearnerFields, 'address'>> & {
  invite: boolean;
  address?: Partial<Address>;
};

export interface Communication {
  id: number;
  subject: string;
  toAddress: string;
  status: 'pending' | 'sent' | 'failed';
  createdAt: string;
  sentAt: string | null;
}

export interface InvitationResult {
  subscriptionStatus: SubscriptionStatus;
  outboxId: number | null;
}
