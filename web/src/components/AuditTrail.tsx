import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Flex, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { auditActionLabel } from '../../../src/domain/audit-actions';
import {
  type AuditEntry,
  auditExportHref,
  type AuditFilters as Filters,
  useAudit,
} from '../api/audit';
import { AuditChanges } from './AuditChanges';
import { AuditFilters } from './AuditFilters';
import { formatDateTime } from './dates';

interface Props {
  /** One user's entries (the profile); without it, every entry the administrator may see. */
  user?: { id: number; name: string };
}

const PAGE_SIZE = 20;

const who = (entry: AuditEntry) =>
  entry.actorName ?? (entry.actorId === null ? 'Roster (automatic)' : 'Someone no longer listed');

function columns(showUser: boolean): NonNullable<TableProps<AuditEntry>['columns']> {
  return [
    {
      title: 'When',
      key: 'at',
      className: 'no-wrap',
      render: (_, entry) => formatDateTime(entry.at),
    },
    { title: 'Action', key: 'action', render: (_, entry) => auditActionLabel(entry.action) },
    { title: 'Done by', key: 'actor', render: (_, entry) => who(entry) },
    ...(showUser
      ? [
          {
            title: 'About',
            key: 'user',
            render: (_: unknown, entry: AuditEntry) =>
              entry.userId !== null ? (
                <Link to={`/users/${entry.userId}`}>
                  {entry.userName ?? `User ${entry.userId}`}
                </Link>
              ) : (
                `${entry.entityType.replaceAll('_', ' ')} ${entry.entityId ?? ''}`.trim()
              ),
          },
        ]
      : []),
    { title: 'Changes', key: 'changes', render: (_, entry) => <AuditChanges entry={entry} /> },
  ];
}

/** Audit entries, filtered by action, who did it and days, newest first, with each change. */
export function AuditTrail({ user }: Props) {
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const scoped = { ...filters, userId: user?.id };
  const entries = useAudit({ ...scoped, page, pageSize: PAGE_SIZE });
  return (
    <>
      <AuditFilters
        self={user}
        onSearch={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      {entries.isError && (
        <Alert type="error" showIcon title={entries.error.message} style={{ margin: '16px 0' }} />
      )}
      <Flex justify="end" style={{ margin: '16px 0' }}>
        <a href={auditExportHref(scoped)} download>
          <DownloadOutlined aria-hidden="true" /> Export to CSV
        </a>
      </Flex>
      <Table<AuditEntry>
        rowKey="id"
        size="middle"
        columns={columns(!user)}
        // Narrower than this, the grid scrolls sideways rather than squeezing the changes.
        scroll={{ x: 900 }}
        dataSource={entries.data?.items}
        loading={entries.isFetching}
        locale={{
          emptyText: (
            <span style={{ color: '#595959' }}>No audit entries match these filters.</span>
          ),
        }}
        onChange={(pagination) => setPage(pagination.current ?? 1)}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: entries.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total, [from, to]) => `${from}–${to} of ${total} entries`,
        }}
      />
    </>
  );
}
