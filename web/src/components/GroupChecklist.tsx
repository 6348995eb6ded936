import { CaretDownOutlined, CaretRightOutlined } from '@ant-design/icons';
import { Button, Checkbox, Space } from 'antd';
import { useMemo, useState } from 'react';
import type { GroupTree } from '../api/types';
import { ancestorsOf, keepOnePerRoot, rootsOf } from './group-rules';

interface Props {
  trees: readonly GroupTree[];
  legend: string;
  required?: boolean;
  value?: number[];
  onChange?: (value: number[]) => void;
  id?: string;
  'aria-describedby'?: string;
}

const label = (group: GroupTree) => `${group.name} (${group.id})`;

function allParents(trees: readonly GroupTree[]) {
  const ids: number[] = [];
  const walk = (group: GroupTree) => {
    if (group.children.length > 0) ids.push(group.id);
    group.children.forEach(walk);
  };
  trees.forEach(walk);
  return ids;
}

/**
 * The group trees as nested checkboxes: one group per root hierarchy (choosing another in the
 * same hierarchy replaces the first). Groups the administrator cannot access are shown, ticked
 * when the learner is in them, but cannot be changed. Branches leading to chosen groups start
 * open, so the current choice is always in view; the rest start closed.
 */
export function GroupChecklist(props: Props) {
  const { trees, legend, required, value = [], onChange, id, ...aria } = props;
  const roots = useMemo(() => rootsOf(trees), [trees]);
  const [open, setOpen] = useState<Set<number>>(() => ancestorsOf(trees, value));
  const locked = useMemo(() => {
    const ids = new Set<number>();
    const walk = (group: GroupTree) => {
      if (group.accessible === false) ids.add(group.id);
      group.children.forEach(walk);
    };
    trees.forEach(walk);
    return ids;
  }, [trees]);

  const toggle = (group: GroupTree, checked: boolean) => {
    const next = checked ? [...value, group.id] : value.filter((one) => one !== group.id);
    onChange?.(keepOnePerRoot(next, value, roots, locked));
  };
  const flip = (groupId: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(groupId)) next.add(groupId);
      return next;
    });

  const node = (group: GroupTree) => {
    const expanded = open.has(group.id);
    return (
      <li key={group.id}>
        {group.children.length > 0 ? (
          <Button
            type="text"
            size="small"
            aria-expanded={expanded}
            aria-label={`Groups within ${label(group)}`}
            icon={expanded ? <CaretDownOutlined /> : <CaretRightOutlined />}
            onClick={() => flip(group.id)}
          />
        ) : (
          <span className="group-checklist-spacer" />
        )}
        <Checkbox
          checked={value.includes(group.id)}
          disabled={locked.has(group.id)}
          onChange={(event) => toggle(group, event.target.checked)}
        >
          {label(group)}
        </Checkbox>
        {expanded && <ul>{group.children.map(node)}</ul>}
      </li>
    );
  };

  return (
    <fieldset id={id} className="group-checklist" {...aria}>
      <legend>
        {legend}
        {required && (
          <>
            <span className="required-mark" aria-hidden="true">
              {' '}
              *
            </span>
            <span className="sr-only"> (required)</span>
          </>
        )}
      </legend>
      <Space className="group-checklist-actions">
        <Button size="small" onClick={() => setOpen(new Set(allParents(trees)))}>
          Expand all
        </Button>
        <Button size="small" onClick={() => setOpen(new Set())}>
          Collapse all
        </Button>
      </Space>
      <ul>{trees.map(node)}</ul>
    </fieldset>
  );
}
