import { Alert, Button, Card, Form, Progress, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { type BulkAction, useBulkAction, useStartBulkAction } from '../../api/bulk-actions';
import { useGroupLearners } from '../../api/reports';
import type { UserSummary } from '../../api/types';
import { StatusTag } from '../../components/StatusTag';
import { GroupPicker } from './GroupPicker';

const PAGE_SIZE = 20;
type Result = BulkAction['results'][number];

/**
 * "Reassign on group": the chosen learners' membership of one group becomes a membership of
 * another (one group per root hierarchy still holds), as one bulk action with a progress bar
 * and a result for each learner.
 */
export function ReassignTab() {
  const [fromGroupId, setFrom] = useState<number>();
  const [toGroupId, setTo] = useState<number>();
  const [page, setPage] = useState(1);
  const [chosen, setChosen] = useState<Map<number, string>>(new Map());
  const [actionId, setActionId] = useState<number | null>(null);
  /** The names of the learners of the action under way, for its results. */
  const [moving, setMoving] = useState<Map<number, string>>(new Map());
  const start = useStartBulkAction();
  const action = useBulkAction(actionId);
  const learners = useGroupLearners(fromGroupId, page, PAGE_SIZE);
  const finished = action.data?.status === 'done' || action.data?.status === 'failed';

  const chooseFrom = (groupId: number | undefined) => {
    setFrom(groupId);
    setPage(1);
    setChosen(new Map());
  };
  const move = () => {
    if (!fromGroupId || !toGroupId) return;
    start.mutate(
      { action: 'reassign-group', fromGroupId, toGroupId, userIds: [...chosen.keys()] },
      {
        onSuccess: (answer) => {
          setMoving(chosen);
          setChosen(new Map());
          setActionId(answer.id);
        },
      },
    );
  };
  const outcome = (result: Result) =>
    result.ok ? 'Moved' : `Not moved: ${result.message ?? result.code ?? 'refused'}`;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        Choose a group, then the learners to move out of it and the group to move them into. A
        learner stays in one group of each hierarchy: a move into a hierarchy where they already
        have another group is refused for that learner.
      </Typography.Paragraph>
      <Form layout="vertical" aria-label="Reassign on group">
        <Form.Item label="Move from group" htmlFor="reassign-from">
          <GroupPicker id="reassign-from" value={fromGroupId} onChange={chooseFrom} />
        </Form.Item>
        <Form.Item label="Move to group" htmlFor="reassign-to">
          <GroupPicker id="reassign-to" value={toGroupId} onChange={setTo} />
        </Form.Item>
      </Form>
      {fromGroupId !== undefined && (
        <Table<UserSummary>
          aria-label="Learners in the group to move from"
          rowKey="id"
          size="small"
          loading={learners.isFetching}
          dataSource={learners.data?.items ?? []}
          rowSelection={{
            selectedRowKeys: [...chosen.keys()],
            preserveSelectedRowKeys: true,
            getCheckboxProps: (row) => ({
              disabled: !row.groupIds.includes(fromGroupId),
              'aria-label': `Choose ${row.firstName} ${row.surname}`,
            }),
            onChange: (_keys, rows) =>
              setChosen(
                (previous) =>
                  new Map(
                    rows
                      .filter((row) => row !== undefined)
                      .map((row) => [
                        row.id,
                        previous.get(row.id) ?? `${row.firstName} ${row.surname}`,
                      ]),
                  ),
              ),
          }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: learners.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => `${total} learners in this group or below it`,
            onChange: setPage,
          }}
          columns={[
            {
              title: 'Name',
              key: 'name',
              rowScope: 'row',
              render: (_, row) => `${row.firstName} ${row.surname}`,
            },
            {
              title: 'Groups',
              key: 'groups',
              render: (_, row) => row.groups.map((g) => g.name).join(', '),
            },
            {
              title: 'Status',
              key: 'status',
              render: (_, row) => <StatusTag status={row.subscriptionStatus} />,
            },
          ]}
        />
      )}
      {start.isError && <Alert type="error" showIcon title={start.error.message} />}
      <Button
        type="primary"
        disabled={
          !fromGroupId || !toGroupId || chosen.size === 0 || (actionId !== null && !finished)
        }
        loading={start.isPending}
        onClick={move}
      >
        Move {chosen.size} chosen {chosen.size === 1 ? 'learner' : 'learners'}
      </Button>
      {action.data && (
        <Card title="Progress">
          <Progress
            percent={
              action.data.total ? Math.round((action.data.done / action.data.total) * 100) : 0
            }
            status={action.data.status === 'failed' ? 'exception' : undefined}
            aria-label="Learners moved so far"
          />
          <Typography.Paragraph>
            {action.data.done} of {action.data.total} done
            {action.data.error ? ` – ${action.data.error}` : ''}
          </Typography.Paragraph>
          <Table<Result>
            aria-label="Result for each learner"
            rowKey="userId"
            size="small"
            dataSource={action.data.results}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              {
                title: 'Learner',
                key: 'name',
                rowScope: 'row',
                render: (_, result) => moving.get(result.userId) ?? `User ${result.userId}`,
              },
              { title: 'Result', key: 'result', render: (_, result) => outcome(result) },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
