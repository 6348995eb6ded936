import { describe, expect, it } from 'vitest';
import { selectedOnly, type TreeNode } from './selected-groups';

const tree = (value: number, ...children: TreeNode[]): TreeNode => ({ value, children });

describe('selectedOnly', () => {
  const trees = [tree(1, tree(2, tree(3), tree(4)), tree(5)), tree(6, tree(7))];

  it('keeps each chosen group with the path down to it, and drops the rest', () => {
    expect(selectedOnly(trees, new Set([4]))).toEqual([tree(1, tree(2, tree(4)))]);
    expect(selectedOnly(trees, new Set([5, 7]))).toEqual([tree(1, tree(5)), tree(6, tree(7))]);
  });

  it('keeps a chosen group whole, and shows nothing when nothing is chosen', () => {
    expect(selectedOnly(trees, new Set([2]))).toEqual([tree(1, tree(2, tree(3), tree(4)))]);
    expect(selectedOnly(trees, new Set())).toEqual([]);
  });
});
