/**
 * The group trees an actor can see: every root hierarchy holding at least one group they can
 * access, whole (as the Edit User tree shows it), each node marked accessible or not.
 */
import type { Db } from '../../db/client.js';
import { buildForest } from '../../domain/group-tree.js';
import type { Actor, AdminActor } from '../../platform/actor.js';
import { loadGroups } from './groups.queries.js';
import type { TGroupTree } from './groups.schema.js';

type Node = ReturnType<typeof buildForest>[number];

function mark(node: Node, actor: Actor, versions: Map<number, number>): TGroupTree {
  return {
    id: node.id,
    name: node.name,
    label: node.label,
    accessible: actor.accessibleGroupIds.has(node.id),
    version: versions.get(node.id) ?? 1,
    children: node.children.map((child) => mark(child, actor, versions)),
  };
}

export async function listGroupTrees(db: Db, actor: AdminActor) {
  const all = await loadGroups(db, actor.tenantId);
  const visibleRoots = new Set(
    all.filter((group) => actor.accessibleGroupIds.has(group.id)).map((group) => group.rootId),
  );
  return buildForest(all)
    .filter((root) => visibleRoots.has(root.id))
    .map((root) => mark(root, actor, new Map(all.map((group) => [group.id, group.version]))));
}
