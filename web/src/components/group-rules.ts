/** A learner's groups: at least one, and one in each root hierarchy (DOMAIN.md). */
import type { GroupTree } from '../api/types';

export const NO_GROUP_MESSAGE = 'Please specify the user group.';
export const ONE_PER_HIERARCHY_MESSAGE = 'Choose only one group in each hierarchy.';

/** Each group's root hierarchy, by group id. */
export function rootsOf(trees: readonly GroupTree[]): Map<number, number> {
  const roots = new Map<number, number>();
  const walk = (group: GroupTree, rootId: number) => {
    roots.set(group.id, rootId);
    for (const child of group.children) walk(child, rootId);
  };
  for (const tree of trees) walk(tree, tree.id);
  return roots;
}

/**
 * Choosing a group replaces the group chosen before in the same hierarchy, so the choice acts
 * like a radio button within each hierarchy. `locked` groups (ones the administrator cannot
 * access) are never removed.
 */
export function keepOnePerRoot(
  next: readonly number[],
  previous: readonly number[],
  roots: ReadonlyMap<number, number>,
  locked: ReadonlySet<number> = new Set(),
): number[] {
  const added = next.filter((id) => !previous.includes(id));
  const newest = new Map<number | undefined, number>();
  for (const id of added) newest.set(roots.get(id), id);
  return next.filter((id) => {
    if (locked.has(id)) return true;
    const root = roots.get(id);
    return !newest.has(root) || newest.get(root) === id;
  });
}

/** The form rule: at least one group, and never two of one hierarchy. */
export function groupProblem(
  groupIds: readonly number[] | undefined,
  roots: ReadonlyMap<number, number>,
) {
  if (!groupIds?.length) return NO_GROUP_MESSAGE;
  const seen = new Set(groupIds.map((id) => roots.get(id)));
  return seen.size < groupIds.length ? ONE_PER_HIERARCHY_MESSAGE : null;
}

/** The ids of the groups above each of `groupIds`, so those branches can start open. */
export function ancestorsOf(trees: readonly GroupTree[], groupIds: readonly number[]) {
  const found = new Set<number>();
  const walk = (group: GroupTree, path: number[]) => {
    if (groupIds.includes(group.id)) for (const id of path) found.add(id);
    for (const child of group.children) walk(child, [...path, group.id]);
  };
  for (const tree of trees) walk(tree, []);
  return found;
}
