import {
  Alert,
  Button,
  Card,
  Col,
  Form,
  Input,
  Popconfirm,
  Row,
  Space,
  Tree,
  TreeSelect,
} from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import { useCreateGroup, useDeleteGroup, useUpdateGroup } from '../../api/group-admin';
import { useGroupTrees } from '../../api/groups';
import type { GroupTree } from '../../api/types';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';

type Message = { type: 'success' | 'error'; text: string } | null;

const errorText = (error: unknown) =>
  error instanceof Error ? error.message : 'Something went wrong. Try again.';

function toTreeData(group: GroupTree): DataNode {
  return {
    key: group.id,
    title: group.label,
    disabled: !group.accessible,
    children: group.children.map(toTreeData),
  };
}

/** Every group with its root and its parent, found by id. */
function index(trees: GroupTree[]) {
  const byId = new Map<number, { group: GroupTree; rootId: number; parentId: number | null }>();
  const walk = (group: GroupTree, rootId: number, parentId: number | null) => {
    byId.set(group.id, { group, rootId, parentId });
    for (const child of group.children) walk(child, rootId, group.id);
  };
  for (const root of trees) walk(root, root.id, null);
  return byId;
}

/** The groups `group` may move under: accessible, same hierarchy, not itself or below it. */
function moveTargets(root: GroupTree, moving: GroupTree): GroupTree[] {
  const below = new Set<number>();
  const mark = (group: GroupTree) => {
    below.add(group.id);
    group.children.forEach(mark);
  };
  mark(moving);
  const keep = (group: GroupTree): GroupTree | null =>
    below.has(group.id)
      ? null
      : { ...group, children: group.children.map(keep).filter((g): g is GroupTree => g !== null) };
  const kept = keep(root);
  return kept ? [kept] : [];
}

interface SelectNode {
  value: number;
  title: string;
  disabled: boolean;
  children: SelectNode[];
}

const toSelect = (group: GroupTree): SelectNode => ({
  value: group.id,
  title: group.label,
  disabled: !group.accessible,
  children: group.children.map(toSelect),
});

function SelectedGroup({
  group,
  root,
  parentId,
  onMessage,
  onDeleted,
}: {
  group: GroupTree;
  root: GroupTree;
  parentId: number | null;
  onMessage: (message: Message) => void;
  onDeleted: () => void;
}) {
  const update = useUpdateGroup();
  const create = useCreateGroup();
  const remove = useDeleteGroup();
  const [renameForm] = Form.useForm<{ name: string }>();
  const [moveForm] = Form.useForm<{ parentId: number }>();
  const [childForm] = Form.useForm<{ name: string }>();

  const run = async (work: () => Promise<unknown>, done: string, after?: () => void) => {
    onMessage(null);
    try {
      await work();
      onMessage({ type: 'success', text: done });
      after?.();
    } catch (error) {
      onMessage({ type: 'error', text: errorText(error) });
    }
  };

  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{group.label}</h2>} key={group.id}>
      <Form
        name="renameGroup"
        form={renameForm}
        layout="vertical"
        initialValues={{ name: group.name }}
        onFinish={({ name }) =>
          run(
            () => update.mutateAsync({ id: group.id, version: group.version, name }),
            `Renamed to ${name}.`,
          )
        }
      >
        <Form.Item name="name" label="Name" rules={[{ required: true, message: 'Enter a name.' }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Button htmlType="submit" loading={update.isPending}>
          Rename
        </Button>
      </Form>
      {parentId !== null && (
        <Form
          name="moveGroup"
          form={moveForm}
          layout="vertical"
          style={{ marginTop: 24 }}
          initialValues={{ parentId }}
          onFinish={({ parentId: target }) =>
            run(
              () => update.mutateAsync({ id: group.id, version: group.version, parentId: target }),
              `${group.name} moved.`,
            )
          }
        >
          <Form.Item
            name="parentId"
            label="Move under"
            extra="Within the same root hierarchy, under a group you can access."
            rules={[{ required: true, message: 'Choose the new parent group.' }]}
          >
            <TreeSelect<number>
              aria-label="Move under"
              showSearch
              treeNodeFilterProp="title"
              treeDefaultExpandAll
              treeData={moveTargets(root, group).map(toSelect)}
            />
          </Form.Item>
          <Button htmlType="submit" loading={update.isPending}>
            Move
          </Button>
        </Form>
      )}
      <Form
        name="addChildGroup"
        form={childForm}
        layout="vertical"
        style={{ marginTop: 24 }}
        onFinish={({ name }) =>
          run(
            () => create.mutateAsync({ name, parentId: group.id }),
            `${name} added under ${group.name}.`,
            () => childForm.resetFields(),
          )
        }
      >
        <Form.Item
          name="name"
          label="New group inside this one"
          rules={[{ required: true, message: 'Enter a name.' }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Button htmlType="submit" loading={create.isPending}>
          Add group
        </Button>
      </Form>
      <Space style={{ marginTop: 24 }}>
        <Popconfirm
          title={`Delete ${group.label}?`}
          okText="Delete"
          onConfirm={() =>
            run(() => remove.mutateAsync(group.id), `${group.label} deleted.`, onDeleted)
          }
        >
          <Button danger loading={remove.isPending}>
            Delete group
          </Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}

/** The group trees: add root hierarchies and nested groups, rename, move, delete empty groups. */
export function GroupsPage() {
  usePageTitle('Groups');
  const trees = useGroupTrees();
  const create = useCreateGroup();
  const [rootForm] = Form.useForm<{ name: string }>();
  const [selected, setSelected] = useState<number | null>(null);
  const [message, setMessage] = useState<Message>(null);
  // Every group starts open, new ones included; a group closed by hand stays closed.
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const byId = useMemo(() => index(trees.data ?? []), [trees.data]);
  const chosen = selected === null ? undefined : byId.get(selected);
  const root = chosen ? byId.get(chosen.rootId)?.group : undefined;

  const addRoot = async ({ name }: { name: string }) => {
    setMessage(null);
    try {
      const group = await create.mutateAsync({ name });
      setMessage({ type: 'success', text: `Root hierarchy ${group.label} added.` });
      rootForm.resetFields();
      setSelected(group.id);
    } catch (error) {
      setMessage({ type: 'error', text: errorText(error) });
    }
  };

  return (
    <>
      <PageHeading title="Groups" />
      {message && (
        <Alert
          type={message.type}
          showIcon
          style={{ marginBottom: 16 }}
          title={message.text}
          role="status"
        />
      )}
      {trees.isError && <Alert type="error" showIcon title={trees.error.message} />}
      <Row gutter={[24, 24]}>
        <Col xs={24} md={12}>
          <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>Group trees</h2>}>
            {trees.data && trees.data.length === 0 && <p>No groups yet: add a root hierarchy.</p>}
            {trees.data && trees.data.length > 0 && (
              <Tree
                aria-label="Group trees"
                showLine
                expandedKeys={[...byId.keys()].filter((id) => !collapsed.has(id))}
                onExpand={(keys) => {
                  const open = new Set(keys.map(Number));
                  setCollapsed(new Set([...byId.keys()].filter((id) => !open.has(id))));
                }}
                treeData={trees.data.map(toTreeData)}
                selectedKeys={selected === null ? [] : [selected]}
                onSelect={(keys) => setSelected(keys.length ? Number(keys[0]) : null)}
              />
            )}
          </Card>
          <Card
            title={<h2 style={{ margin: 0, fontSize: 16 }}>Add a root hierarchy</h2>}
            style={{ marginTop: 24 }}
          >
            <Form name="addRootGroup" form={rootForm} layout="vertical" onFinish={addRoot}>
              <Form.Item
                name="name"
                label="Root hierarchy name"
                extra="Needs access to every root hierarchy."
                rules={[{ required: true, message: 'Enter a name.' }]}
              >
                <Input autoComplete="off" />
              </Form.Item>
              <Button htmlType="submit" type="primary" loading={create.isPending}>
                Add root hierarchy
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          {chosen && root ? (
            <SelectedGroup
              key={`${chosen.group.id}-${chosen.group.version}`}
              group={chosen.group}
              root={root}
              parentId={chosen.parentId}
              onMessage={setMessage}
              onDeleted={() => setSelected(null)}
            />
          ) : (
            <p>Choose a group in the tree to rename, move, add to or delete it.</p>
          )}
        </Col>
      </Row>
    </>
  );
}
