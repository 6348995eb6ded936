/**
 * Who may see and change a programme. A programme is seen by an administrator with access to at
 * least one group offering it, and changed (or deleted) only by a standard administrator with
 * access to every group offering it: its name, template, packs and fields reach every learner
 * on it, so nobody changes it for groups they cannot see. A programme offered nowhere is for
 * administrators with full access.
 */
import type { Actor } from '../../platform/actor.js';

export const canSeeProgramme = (actor: Actor, groupIds: readonly number[], fullAccess: boolean) =>
  actor.type === 'admin' &&
  (groupIds.length === 0 ? fullAccess : groupIds.some((id) => actor.accessibleGroupIds.has(id)));

export const canManageProgramme = (
  actor: Actor,
  groupIds: readonly number[],
  fullAccess: boolean,
) =>
  actor.type === 'admin' &&
  actor.adminRole !== 'support' &&
  canSeeProgramme(actor, groupIds, fullAccess) &&
  groupIds.every((id) => actor.accessibleGroupIds.has(id));

/** Programmes are configured by the tenant's own administrators, not by platform support. */
export const canConfigureProgrammes = (actor: Actor) =>
  actor.type === 'admin' && actor.adminRole !== 'support';
