import { Alert, Button, Popconfirm, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useGroupTrees } from '../../api/groups';
import {
  ADVICE_PACK_LABELS,
  PROGRAMME_TYPE_LABELS,
  type Programme,
  useDeleteProgramme,
  useProgrammes,
} from '../../api/programmes';
import type { GroupTree } from '../../api/types';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { ProgrammeDialog } from './ProgrammeDialog';
import { referenceExample } from './programme-values';

/** Every group's "Name (id)" label, by id. */
function groupLabels(trees: GroupTree[]) {
  const labels = new Map<number, string>();
  const walk = (group: GroupTree) => {
    labels.set(group.id, group.label);
    group.children.forEach(walk);
  };
  trees.forEach(walk);
  return labels;
}

/** The programmes offered on groups the administrator can access: add, edit, delete. */
export function ProgrammesPage() {
  usePageTitle('Programmes');
  const list = useProgrammes();
  const trees = useGroupTrees();
  const remove = useDeleteProgramme();
  const labels = useMemo(() => groupLabels(trees.data ?? []), [trees.data]);
  const [editing, setEditing] = useState<Programme | 'new' | null>(null);
  const [message, setMessage] = useState<{ type: 'success' | 'error'; text: string } | null>(null);

  const deleteProgramme = async (programme: Programme) => {
    setMessage(null);
    try {
      await remove.mutateAsync(programme.id);
      setMessage({ type: 'success', text: `Programme ${programme.name} was deleted.` });
    } catch (error) {
      setMessage({ type: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <>
      <PageHeading title="Programmes" />
      <p>
        Application (eligibility) and delivery programmes, the groups that offer them, how their
        learners are numbered, their advice packs and the extra fields they add to a learner.
      </p>
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => setEditing('new')}>
          Add programme
        </Button>
      </Space>
      {message && (
        <Alert
          type={message.type}
          showIcon
          role="status"
          style={{ marginBottom: 16 }}
          title={message.text}
        />
      )}
      {list.isError && <Alert type="error" showIcon title={list.error.message} />}
      <Table<Programme>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: 'No programmes yet: add one.' }}
        columns={[
          { title: 'Name', dataIndex: 'name' },
          {
            title: 'Type',
            dataIndex: 'type',
            render: (type: Programme['type']) => PROGRAMME_TYPE_LABELS[type],
          },
          {
            title: 'Offered on',
            key: 'groups',
            render: (_, programme) => (
              <>
                {programme.groupIds.map((id) => (
                  <Tag key={id}>{labels.get(id) ?? `Group ${id}`}</Tag>
                ))}
                {programme.offeredOutsideAccess && <Tag>and groups outside your access</Tag>}
              </>
            ),
          },
          {
            title: 'Reference numbers',
            key: 'reference',
            render: (_, { referenceTemplate: t }) =>
              t ? `${referenceExample(t.prefix, t.digits)} onwards` : 'Typed by hand',
          },
          {
            title: 'Advice packs',
            key: 'advice',
            render: (_, programme) =>
              programme.advicePacks.length === 0
                ? 'Off'
                : programme.advicePacks
                    .map(
                      (pack) =>
                        `${ADVICE_PACK_LABELS[pack]}${pack === programme.defaultAdvicePack ? ' (default)' : ''}`,
                    )
                    .join(', '),
          },
          {
            title: 'Custom fields',
            key: 'fields',
            render: (_, programme) =>
              programme.customFields.length === 0
                ? 'None'
                : programme.customFields
                    .map((field) => `${field.label}${field.mandatory ? ' (required)' : ''}`)
                    .join(', '),
          },
          { title: 'Learners', dataIndex: 'learnerCount' },
          {
            title: 'Actions',
            key: 'actions',
            render: (_, programme) => (
              <Space size="small" wrap>
                {programme.actions.update && (
                  <Button
                    size="small"
                    onClick={() => setEditing(programme)}
                    aria-label={`Edit ${programme.name}`}
                  >
                    Edit
                  </Button>
                )}
                {programme.actions.delete && (
                  <Popconfirm
                    title={`Delete ${programme.name}?`}
                    okText="Delete"
                    onConfirm={() => deleteProgramme(programme)}
                  >
                    <Button size="small" danger aria-label={`Delete ${programme.name}`}>
                      Delete
                    </Button>
                  </Popconfirm>
                )}
                {!programme.actions.update && 'Read only'}
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <ProgrammeDialog
          editing={editing}
          onClose={(text) => {
            setEditing(null);
            if (text) setMessage({ type: 'success', text });
          }}
        />
      )}
    </>
  );
}
