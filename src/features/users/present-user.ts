/** What of a user row leaves the server: never the password hash or counters. */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groups, userGroups, type users } from '../../db/schema.js';
import { signInBlocked } from '../../domain/sign-in-blocked.js';
import { applicableStatusActions } from '../../domain/status-actions.js';
import { EMPLOYER_ROLES } from '../../domain/vocabulary.js';
import type { Actor } from '../../platform/actor.js';
import type { SignInContext } from './sign-in-facts.js';
import {
  canEditDetails,
  canInviteUser,
  canManageUser,
  canMessageUser,
  canSendPasswordReset,
  canUnlockUser,
} from './users.policy.js';
import type { TUser } from './users.schema.js';

export type UserRow = typeof users.$inferSelect;

const isEmployerRole = (role: string): role is (typeof EMPLOYER_ROLES)[number] =>
  (EMPLOYER_ROLES as readonly string[]).includes(role);

export async function loadGroupLinks(db: Db, userIds: number[]) {
  const links = new Map<number, { id: number; name: string }[]>();
  if (userIds.length === 0) return links;
  const rows = await db
    .select({ userId: userGroups.userId, id: groups.id, name: groups.name })
    .from(userGroups)
    .innerJoin(groups, eq(groups.id, userGroups.groupId))
    .where(inArray(userGroups.userId, userIds))
    .orderBy(asc(groups.name));
  for (const row of rows) {
    const list = links.get(row.userId) ?? [];
    list.push({ id: row.id, name: row.name });
    links.set(row.userId, list);
  }
  return links;
}

/** Without a loaded context (lists), a lock counts until it is lifted and no mail is named. */
const NO_CONTEXT: SignInContext = { autoUnlockMinutes: null, invitation: null };

export function presentUser(
  actor: Actor,
  row: UserRow,
  groupList: { id: number; name: string }[],
  signIn: SignInContext = NO_CONTEXT,
): TUser {
  const subject = { ...row, groupIds: groupList.map((group) => group.id) };
  return {
    id: row.id,
    type: row.type,
    username: row.username,
    firstName: row.firstName,
    surname: row.surname,
    preferredName: row.preferredName,
    title: row.title,
    gender: row.gender,
    email: row.email,
    personalEmail: row.personalEmail,
    mobile: row.mobile,
    dateOfBirth: row.dateOfBirth,
    subscriptionEndsOn: row.subscriptionEndsOn,
    nationalInsuranceNumber: row.nationalInsuranceNumber,
    groupIds: subject.groupIds,
    groups: groupList,
    caseOwnerId: row.caseOwnerId,
    programmeId: row.programmeId,
    targetProgrammeId: row.targetProgrammeId,
    referenceNumber: row.referenceNumber,
    employerId: row.employerId,
    employerAddressId: row.employerAddressId,
    managerId: row.managerId,
    mentorId: row.mentorId,
    learningProviderId: row.learningProviderId,
    referrerId: row.referrerId,
    referrerAddressId: row.referrerAddressId,
    referrerContactId: row.referrerContactId,
    minRateOfPay: row.minRateOfPay,
    advicePackMode: row.advicePackMode,
    advicePack: row.advicePack,
    address: {
      postcode: row.postcode,
      line1: row.line1,
      line2: row.line2,
      town: row.town,
      county: row.county,
      country: row.country,
    },
    authenticationType: row.authenticationType,
    samlIdentityProvider: row.samlIdentityProvider,
    samlUniqueId: row.samlUniqueId,
    consoleAccess: row.consoleAccess,
    classicAccess: row.classicAccess,
    employerRoles: row.employerRoles.filter(isEmployerRole),
    positionId: row.positionId,
    customFields: row.customFields,
    subscriptionStatus: row.subscriptionStatus,
    locked: row.lockedAt !== null,
    suspended: row.suspendedAt !== null,
    signInBlocked: signInBlocked({ ...row, status: row.subscriptionStatus, ...signIn }, new Date()),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    actions: {
      edit: canEditDetails(actor, subject),
      invite: canInviteUser(actor, subject),
      unlock: canUnlockUser(actor, subject),
      resetPassword: canSendPasswordReset(actor, subject),
      message: canMessageUser(actor, subject),
      status:
        canManageUser(actor, subject) && row.id !== actor.userId
          ? applicableStatusActions(row)
          : [],
    },
  };
}
