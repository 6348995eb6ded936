/** Which access codes an actor may see and which groups they may make codes for. */
import type { GroupNode } from '../../domain/group-tree.js';
import { expandSubtrees } from '../../domain/group-tree.js';
import type { Actor } from '../../platform/actor.js';

/** Standard administrators generate codes; platform support manages the limit instead. */
export const canGenerateAccessCodes = (actor: Actor) =>
  actor.type === 'admin' && actor.adminRole === 'standard' && actor.accessibleGroupIds.size > 0;

/** Codes are seen through their group: the actor's groups, narrowed to the filter's subtrees. */
export function visibleCodeGroupIds(
  actor: Actor,
  groups: readonly GroupNode[],
  filter?: number[],
): number[] {
  if (actor.type !== 'admin') return [];
  const accessible = [...actor.accessibleGroupIds];
  if (!filter?.length) return accessible;
  const wanted = expandSubtrees(groups, filter);
  return accessible.filter((id) => wanted.has(id));
}
