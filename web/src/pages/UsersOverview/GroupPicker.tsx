import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useGroupTrees } from '../../api/groups';
import { toNode } from '../../components/GroupTreeSelect';

interface Props {
  id: string;
  value: number | undefined;
  onChange: (groupId: number | undefined) => void;
}

/** Pick one group the signed-in administrator can access. */
export function GroupPicker({ id, value, onChange }: Props) {
  const groups = useGroupTrees();
  const treeData = useMemo(() => (groups.data ?? []).map(toNode), [groups.data]);
  return (
    <TreeSelect<number>
      id={id}
      allowClear
      showSearch
      treeDefaultExpandAll
      treeNodeFilterProp="title"
      placeholder="Select a group"
      value={value}
      onChange={(next) => onChange(next ?? undefined)}
      // The input names `${id}_list` in aria-owns, but the tree has no element with that id.
      popupRender={(menu) => <div id={`${id}_list`}>{menu}</div>}
      loading={groups.isPending}
      treeData={treeData}
      notFoundContent={groups.isError ? 'Groups could not be loaded' : 'No groups'}
    />
  );
}
