import { Alert, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { reportCsvHref, type UsersReport, useUsersReport } from '../../api/reports';
import { formatDate } from '../../components/dates';
import { ScrollRegion } from '../../components/ScrollRegion';
import { StatusTag } from '../../components/StatusTag';
import { typeLabels } from '../Users/labels';
import { CsvLink } from './CsvLink';

type ReportRow = UsersReport['items'][number];
const PAGE_SIZE = 20;

/** The Users list's users for the chosen groups, with the dates of each account. */
export function UsersReportTab({ groupIds }: { groupIds: number[] }) {
  const [page, setPage] = useState(1);
  const report = useUsersReport({ groupId: groupIds, page, pageSize: PAGE_SIZE });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <CsvLink href={reportCsvHref('users', { groupId: groupIds })}>
        Download the users report (CSV)
      </CsvLink>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        The same users as the Users list for these groups: archived users are left out.
      </Typography.Paragraph>
      {report.isError && <Alert type="error" showIcon title={report.error.message} />}
      <ScrollRegion label="Users report, scrolls sideways">
        <Table<ReportRow>
          aria-label="Users report"
          rowKey="id"
          size="small"
          loading={report.isFetching}
          dataSource={report.data?.items ?? []}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: report.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total, [first, last]) => `${first}–${last} of ${total} users`,
            onChange: setPage,
          }}
          columns={[
            { title: 'Name', dataIndex: 'name', rowScope: 'row' },
            { title: 'Email', key: 'email', render: (_, row) => row.email ?? '' },
            { title: 'Type', key: 'type', render: (_, row) => typeLabels[row.type] },
            {
              title: 'Status',
              key: 'status',
              render: (_, row) => <StatusTag status={row.subscriptionStatus} />,
            },
            { title: 'Groups', key: 'groups', render: (_, row) => row.groups.join(', ') },
            { title: 'Created', key: 'created', render: (_, row) => formatDate(row.createdAt) },
            {
              title: 'Last invited',
              key: 'invited',
              render: (_, row) => formatDate(row.invitedAt),
            },
            {
              title: 'Activated',
              key: 'activated',
              render: (_, row) => formatDate(row.activatedAt),
            },
            {
              title: 'End date',
              key: 'endsOn',
              render: (_, row) => formatDate(row.subscriptionEndsOn),
            },
          ]}
        />
      </ScrollRegion>
    </Space>
  );
}
