import { describe, expect, it } from 'vitest';
import {
  buildForest,
  checkLearnerGroups,
  expandSubtrees,
  type GroupNode,
  mergeGroupEdit,
  NO_GROUP_MESSAGE,
} from './group-tree.js';

// The seed's example: two departments under one college, plus two other hierarchies.
const groups: GroupNode[] = [
  { id: 40, parentId: 38, rootId: 38, name: 'Department of Maths' },
  { id: 38, parentId: null, rootId: 38, name: 'Southview College' },
  { id: 39, parentId: 38, rootId: 38, name: 'Department of Arts' },
  { id: 41, parentId: 39, rootId: 38, name: 'Fine Art' },
  { id: 50, parentId: null, rootId: 50, name: 'Southview Uni' },
  { id: 60, parentId: null, rootId: 60, name: 'Southview Apprentice' },
];

describe('buildForest', () => {
  it('nests groups under their parents, sorted by name, labelled with their IDs', () => {
    const forest = buildForest(groups);
    expect(forest.map((n) => n.label)).toEqual([
      'Southview Apprentice (60)',
      'Southview College (38)',
      'Southview Uni (50)',
    ]);
    const college = forest[1];
    expect(college?.children.map((n) => n.name)).toEqual([
      'Department of Arts',
      'Department of Maths',
    ]);
    expect(college?.children[0]?.children).toEqual([
      { id: 41, name: 'Fine Art', label: 'Fine Art (41)', children: [] },
    ]);
  });

  it('makes a group whose parent is missing a root', () => {
    const partial = groups.filter((g) => g.id === 39 || g.id === 41);
    expect(buildForest(partial).map((n) => n.id)).toEqual([39]);
    expect(buildForest(partial)[0]?.children.map((n) => n.id)).toEqual([41]);
  });

  it('returns nothing for no groups', () => {
    expect(buildForest([])).toEqual([]);
  });
});

describe('expandSubtrees', () => {
  it('adds every descendant of the given groups', () => {
    expect(expandSubtrees(groups, [38])).toEqual(new Set([38, 39, 40, 41]));
    expect(expandSubtrees(groups, [39, 50])).toEqual(new Set([39, 41, 50]));
  });

  it('does not climb to parents or siblings', () => {
    expect(expandSubtrees(groups, [41])).toEqual(new Set([41]));
    expect(expandSubtrees(groups, [])).toEqual(new Set());
  });
});

describe('checkLearnerGroups', () => {
  it('accepts one group in each of several hierarchies', () => {
    expect(checkLearnerGroups([39, 50, 60], groups)).toBeNull();
    expect(checkLearnerGroups([41, 41], groups)).toBeNull();
  });

  it('asks for a group when none is chosen', () => {
    expect(checkLearnerGroups([], groups)).toBe(NO_GROUP_MESSAGE);
  });

  it('names both groups when two of one hierarchy are chosen', () => {
    expect(checkLearnerGroups([39, 50, 40], groups)).toBe(
      "A learner can be in only one group of each hierarchy, but 'Department of Arts (39)' and " +
        "'Department of Maths (40)' both belong to 'Southview College (38)'.",
    );
    expect(checkLearnerGroups([38, 41], groups)).toContain(
      "'Southview College (38)' and 'Fine Art (41)'",
    );
  });

  it('refuses a group that does not exist', () => {
    expect(checkLearnerGroups([39, 999], groups)).toBe('The group with ID 999 does not exist.');
  });
});

describe('mergeGroupEdit', () => {
  // The administrator can access Southview College and Southview Uni, not Southview Apprentice.
  const accessible = expandSubtrees(groups, [38, 50]);

  it('moves the learner within accessible hierarchies and keeps inaccessible groups', () => {
    expect(mergeGroupEdit({ current: [39, 60], requested: [40], accessible })).toEqual({
      ok: true,
      groupIds: [40, 60],
    });
  });

  it('accepts inaccessible groups the learner already has when they are sent back', () => {
    expect(mergeGroupEdit({ current: [39, 60], requested: [50, 60], accessible })).toEqual({
      ok: true,
      groupIds: [50, 60],
    });
  });

  it('lets the administrator remove every accessible group, as the seed warns', () => {
    expect(mergeGroupEdit({ current: [39, 60], requested: [], accessible })).toEqual({
      ok: true,
      groupIds: [60],
    });
  });

  it('refuses to add a group the administrator cannot access', () => {
    expect(mergeGroupEdit({ current: [39], requested: [39, 60], accessible })).toEqual({
      ok: false,
      message: 'You cannot add the group with ID 60 because you do not have access to it.',
    });
  });

  it('leaves the outcome to checkLearnerGroups when nothing remains', () => {
    const result = mergeGroupEdit({ current: [39], requested: [], accessible });
    expect(result).toEqual({ ok: true, groupIds: [] });
    expect(result.ok && checkLearnerGroups(result.groupIds, groups)).toBe(NO_GROUP_MESSAGE);
  });
});
