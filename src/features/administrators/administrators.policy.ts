/**
 * What an administrator may do to another administrator. Seeing one takes a shared group;
 * managing one (edit, deactivate) takes access to every group they hold, so an administrator
 * with part of the tree can never change the account of one with more (and through it, sign
 * in as them). Platform support is a separate role and manages no administrator here.
 */
import type { Actor } from '../../platform/actor.js';

export interface AdministratorSubject {
  id: number;
  tenantId: number;
  subscriptionStatus: string;
  /** The groups granted to them. */
  groupIds: readonly number[];
}

const standard = (actor: Actor) => actor.type === 'admin' && actor.adminRole !== 'support';

/** True when every group id is one the actor can access (subtrees included). */
export const withinAccess = (actor: Actor, groupIds: readonly number[]) =>
  groupIds.every((id) => actor.accessibleGroupIds.has(id));

export function canSeeAdministrator(
  actor: Actor,
  admin: AdministratorSubject,
  fullAccess: boolean,
) {
  if (!standard(actor) || admin.tenantId !== actor.tenantId) return false;
  if (admin.id === actor.userId) return true;
  if (admin.groupIds.length === 0) return fullAccess;
  return admin.groupIds.some((id) => actor.accessibleGroupIds.has(id));
}

export const canManageAdministrator = (
  actor: Actor,
  admin: AdministratorSubject,
  fullAccess: boolean,
) => canSeeAdministrator(actor, admin, fullAccess) && withinAccess(actor, admin.groupIds);

export const canCreateAdministrator = (actor: Actor) =>
  standard(actor) && actor.accessibleGroupIds.size > 0;

export function administratorActions(
  actor: Actor,
  admin: AdministratorSubject,
  fullAccess: boolean,
) {
  const manage = canManageAdministrator(actor, admin, fullAccess);
  const self = admin.id === actor.userId;
  return {
    edit: manage && admin.subscriptionStatus !== 'Archived',
    invite:
      manage && ['Prospect', 'Invited', 'Expired', 'Cancelled'].includes(admin.subscriptionStatus),
    deactivate:
      manage &&
      !self &&
      ['Prospect', 'Invited', 'FullUser', 'Expired'].includes(admin.subscriptionStatus),
  };
}
