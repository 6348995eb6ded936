import { Alert, Progress, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { BulkAction } from '../../api/bulk-actions';
import { bulkActionLabels, usersCount } from './bulk-action-labels';

type Result = BulkAction['results'][number];

/** The bar of users done out of the total, then who was refused and why. */
export function BulkActionProgress({ action }: { action: BulkAction }) {
  const percent = action.total > 0 ? Math.floor((action.done / action.total) * 100) : 100;
  const finished = action.status === 'done' || action.status === 'failed';
  const refused = action.results.filter((result) => !result.ok);
  const succeeded = action.results.length - refused.length;
  return (
    <div data-testid="bulk-action-progress">
      <Progress
        percent={finished && action.status === 'done' ? 100 : percent}
        status={action.status === 'failed' ? 'exception' : finished ? 'success' : 'active'}
        aria-label="Users done"
      />
      <Typography.Paragraph data-testid="bulk-action-count">
        {action.done.toLocaleString('en-GB')} of {usersCount(action.total)} done
        {finished ? '.' : '…'}
      </Typography.Paragraph>
      {action.status === 'failed' && (
        <Alert
          type="error"
          showIcon
          title={action.error ?? 'The action stopped. Users not yet done were left as they were.'}
        />
      )}
      {finished && (
        <Alert
          type={refused.length > 0 ? 'warning' : 'success'}
          showIcon
          data-testid="bulk-action-summary"
          title={`${bulkActionLabels[action.action].done}: ${usersCount(succeeded)}. Refused: ${usersCount(refused.length)}.`}
          style={{ marginBottom: 16 }}
        />
      )}
      {refused.length > 0 && (
        <Table<Result>
          size="small"
          rowKey="userId"
          dataSource={refused}
          pagination={refused.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          columns={[
            {
              title: 'User',
              key: 'user',
              render: (_, result) => (
                <Link to={`/users/${result.userId}`} target="_blank">
                  User {result.userId}
                </Link>
              ),
            },
            {
              title: 'Why it was refused',
              key: 'why',
              render: (_, result) => result.message ?? result.code ?? 'Refused',
            },
          ]}
        />
      )}
    </div>
  );
}
