import { Checkbox, TreeSelect, type TreeSelectProps } from 'antd';
import { useId, useMemo, useState } from 'react';
import { useGroupTrees } from '../api/groups';
import type { GroupTree } from '../api/types';
import { selectedOnly } from './selected-groups';

export interface GroupNode {
  value: number;
  title: string;
  disabled: boolean;
  children: GroupNode[];
}

/** A group tree as a TreeSelect's data: groups beyond the person's access shown, not chosen. */
export const toNode = (group: GroupTree): GroupNode => ({
  value: group.id,
  title: `${group.name} (${group.id})`,
  disabled: group.accessible === false,
  children: group.children.map(toNode),
});

/** The group trees the signed-in person can see, as tree-select options (inaccessible ones disabled). */
export function useGroupTreeData() {
  const groups = useGroupTrees();
  const treeData = useMemo(() => (groups.data ?? []).map(toNode), [groups.data]);
  return { treeData, loading: groups.isPending, failed: groups.isError };
}

type Props = Omit<TreeSelectProps<number[]>, 'treeData' | 'multiple' | 'loading'>;

/**
 * Pick any number of groups from the trees the signed-in person can see, with search and
 * "Show selected records only" to review a long choice.
 */
export function GroupTreeSelect(props: Props) {
  const fallbackId = useId();
  const id = props.id ?? fallbackId;
  const { treeData, loading, failed } = useGroupTreeData();
  const [onlySelected, setOnlySelected] = useState(false);
  const shown = useMemo(
    () => (onlySelected ? selectedOnly(treeData, new Set(props.value ?? [])) : treeData),
    [onlySelected, treeData, props.value],
  );
  return (
    <TreeSelect<number[]>
      multiple
      allowClear
      showSearch
      treeDefaultExpandAll
      treeNodeFilterProp="title"
      placeholder="Select groups"
      maxTagCount="responsive"
      {...props}
      id={id}
      // The input names `${id}_list` in aria-owns, but the tree has no element with that id.
      popupRender={(menu) => (
        <div id={`${id}_list`}>
          <div className="tree-select-toolbar">
            <Checkbox
              checked={onlySelected}
              onChange={(event) => setOnlySelected(event.target.checked)}
            >
              Show selected records only
            </Checkbox>
          </div>
          {menu}
        </div>
      )}
      loading={loading}
      treeData={shown}
      notFoundContent={
        failed ? 'Groups could not be loaded' : onlySelected ? 'No groups chosen yet' : 'No groups'
      }
    />
  );
}
