/** A group as stored: `rootId` is the root of its hierarchy (itself for a root). */
export interface GroupNode {
  id: number;
  parentId: number | null;
  rootId: number;
  name: string;
}

/** A group as shown in a tree view, with its children sorted by name. */
export interface GroupTreeNode {
  id: number;
  name: string;
  /** "Southview College (38)": the seeds show each group's ID in round brackets. */
  label: string;
  children: GroupTreeNode[];
}

/** The outcome of merging an administrator's group edit into a user's groups. */
export type GroupEditResult = { ok: true; groupIds: number[] } | { ok: false; message: string };

/** Message shown when a learner would be left without a group (wording from the seed). */
export const NO_GROUP_MESSAGE = 'Please specify the user group.';

/** How a group is named to a person: its name and ID ("Southview College (38)"). */
export function groupLabel(group: { id: number; name: string }): string {
  return `${group.name} (${group.id})`;
}

const byName = (a: { id: number; name: string }, b: { id: number; name: string }) =>
  a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base', numeric: true }) || a.id - b.id;

function childrenByParent(groups: readonly GroupNode[]): Map<number, GroupNode[]> {
  const children = new Map<number, GroupNode[]>();
  for (const group of groups) {
    if (group.parentId === null) continue;
    const siblings = children.get(group.parentId) ?? [];
    siblings.push(group);
    children.set(group.parentId, siblings);
  }
  return children;
}

/**
 * Builds the trees shown in group pickers, each level sorted by name. A group whose parent is
 * not in `groups` becomes a root, so a list already cut down to what an administrator can
 * access still shows every accessible subtree.
 */
export function buildForest(groups: readonly GroupNode[]): GroupTreeNode[] {
  const ids = new Set(groups.map((g) => g.id));
  const children = childrenByParent(groups);
  const seen = new Set<number>();
  const build = (group: GroupNode): GroupTreeNode => {
    seen.add(group.id);
    const kids = (children.get(group.id) ?? []).filter((child) => !seen.has(child.id));
    return {
      id: group.id,
      name: group.name,
      label: groupLabel(group),
      children: kids.sort(byName).map(build),
    };
  };
  return groups
    .filter((g) => g.parentId === null || !ids.has(g.parentId))
    .sort(byName)
    .map(build);
}

/** The given group IDs together with every group beneath them (access to a group covers its subtree). */
export function expandSubtrees(
  groups: readonly GroupNode[],
  groupIds: Iterable<number>,
): Set<number> {
  const children = childrenByParent(groups);
  const result = new Set<number>();
  const pending = [...groupIds];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (result.has(id)) continue;
    result.add(id);
    for (const child of children.get(id) ?? []) pending.push(child.id);
  }
  return result;
}

/**
 * Checks a learner's groups against the tenant's `groups`: at least one group, every group
 * known, and at most one group per root hierarchy. Returns a message, or null when valid.
 */
export function checkLearnerGroups(
  groupIds: readonly number[],
  groups: readonly GroupNode[],
): string | null {
  if (groupIds.length === 0) return NO_GROUP_MESSAGE;
  const byId = new Map(groups.map((g) => [g.id, g]));
  const chosenByRoot = new Map<number, GroupNode>();
  for (const id of new Set(groupIds)) {
    const group = byId.get(id);
    if (group === undefined) return `The group with ID ${id} does not exist.`;
    const other = chosenByRoot.get(group.rootId);
    if (other !== undefined) {
      const root = byId.get(group.rootId);
      const hierarchy = root === undefined ? 'the same hierarchy' : `'${groupLabel(root)}'`;
      return (
        `A learner can be in only one group of each hierarchy, but '${groupLabel(other)}' and ` +
        `'${groupLabel(group)}' both belong to ${hierarchy}.`
      );
    }
    chosenByRoot.set(group.rootId, group);
  }
  return null;
}

/**
 * Merges the groups an administrator asked for into a user's current groups when the
 * administrator may access only some of them. Groups the administrator cannot access stay as
 * they are, whether or not they are sent back; accessible groups follow `requested`. Asking
 * for an inaccessible group the user is not already in is refused. The result may leave no
 * accessible group (the seed allows it), so run `checkLearnerGroups` on it afterwards.
 */
export function mergeGroupEdit(edit: {
  current: readonly number[];
  requested: readonly number[];
  accessible: ReadonlySet<number>;
}): GroupEditResult {
  const { current, requested, accessible } = edit;
  const held = new Set(current);
  const denied = requested.find((id) => !accessible.has(id) && !held.has(id));
  if (denied !== undefined) {
    return {
      ok: false,
      message: `You cannot add the group with ID ${denied} because you do not have access to it.`,
    };
  }
  const kept = current.filter((id) => !accessible.has(id));
  const chosen = requested.filter((id) => accessible.has(id));
  return { ok: true, groupIds: [...new Set([...kept, ...chosen])].sort((a, b) => a - b) };
}
