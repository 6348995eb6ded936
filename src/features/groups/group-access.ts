/**
 * Full access: an administrator who can access every root hierarchy of the tenant (vacuously,
 * the first administrator of a tenant with no groups yet). Only they create new root
 * hierarchies, and every administrator with full access is granted each new root, so full
 * access stays full as the tenant grows.
 */
import type { Db } from '../../db/client.js';
import type { GroupNode } from '../../domain/group-tree.js';
import type { Actor } from '../../platform/actor.js';
import { loadGroups } from './groups.queries.js';

export const hasFullAccess = (actor: Actor, groups: readonly GroupNode[]) =>
  actor.type === 'admin' &&
  actor.adminRole !== 'support' &&
  groups.every((group) => group.parentId !== null || actor.accessibleGroupIds.has(group.id));

/** The tenant's groups and whether the actor has full access to them. */
export async function loadGroupAccess(db: Db, actor: Actor) {
  const groups = await loadGroups(db, actor.tenantId);
  return { groups, fullAccess: hasFullAccess(actor, groups) };
}
