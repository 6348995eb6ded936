/** What an actor may do to a user they can see. Unit-tested in users.policy.test.ts. */
import type { Actor } from '../../platform/actor.js';

export interface UserSubject {
  tenantId: number;
  id: number;
  type: 'learner' | 'employer' | 'admin';
  subscriptionStatus: string;
  lockedAt: Date | null;
  groupIds: number[];
}

/** Seen by the actor: same tenant, and a shared accessible group (or themselves). */
export function canSeeUser(actor: Actor, user: UserSubject) {
  if (user.tenantId !== actor.tenantId) return false;
  if (actor.type !== 'admin') return user.id === actor.userId;
  return user.groupIds.some((id) => actor.accessibleGroupIds.has(id));
}

/**
 * May this actor act on this user at all (edit, invite, unlock…): a standard administrator who
 * sees them. Whether the user's state allows the action is a separate check with its own 409.
 */
export const canManageUser = (actor: Actor, user: UserSubject) =>
  actor.type === 'admin' && actor.adminRole !== 'support' && canSeeUser(actor, user);

/** Allowed and applicable now: what the UI offers. */
export const canEditUser = (actor: Actor, user: UserSubject) =>
  canManageUser(actor, user) && user.subscriptionStatus !== 'Archived';

export const canInviteUser = (actor: Actor, user: UserSubject) =>
  canEditUser(actor, user) &&
  ['Prospect', 'Invited', 'Expired', 'Cancelled'].includes(user.subscriptionStatus);

export const canUnlockUser = (actor: Actor, user: UserSubject) =>
  canEditUser(actor, user) && user.lockedAt !== null;

/** A Full user who signs in with a password and has an email can be sent a reset link. */
export const canSendPasswordReset = (
  actor: Actor,
  user: UserSubject & { email: string | null; authenticationType: string },
) =>
  canEditUser(actor, user) &&
  user.subscriptionStatus === 'FullUser' &&
  user.authenticationType === 'password' &&
  !!user.email;

/** A user who is not archived and has an email can be sent a message. */
export const canMessageUser = (actor: Actor, user: UserSubject & { email: string | null }) =>
  canEditUser(actor, user) && !!user.email;

/** Edit User takes learners and employer users; administrators have their own page. */
export const canEditDetails = (actor: Actor, user: UserSubject) =>
  canEditUser(actor, user) && user.type !== 'admin';
