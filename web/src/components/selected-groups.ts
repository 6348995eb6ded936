/** "Show selected records only" in a group tree: the chosen groups and the path down to them. */
export interface TreeNode {
  value: number;
  children: TreeNode[];
}

/** The trees cut down to the chosen nodes, each kept with its ancestors (and its own subtree). */
export function selectedOnly<T extends TreeNode>(trees: T[], chosen: ReadonlySet<number>): T[] {
  return trees.flatMap((node) => {
    if (chosen.has(node.value)) return [node];
    const children = selectedOnly(node.children as T[], chosen);
    return children.length > 0 ? [{ ...node, children }] : [];
  });
}
