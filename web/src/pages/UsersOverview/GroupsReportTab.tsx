import { Alert, Space, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { type GroupsReport, reportCsvHref, useGroupsReport } from '../../api/reports';
import { SUBSCRIPTION_STATUSES } from '../../api/types';
import { ScrollRegion } from '../../components/ScrollRegion';
import { statusLabels } from '../../components/StatusTag';
import { CsvLink } from './CsvLink';
import { usersGridLink } from './overview-links';

type GroupRow = GroupsReport['items'][number];

/** Each group the administrator can access, its users (subgroups included) by status. */
export function GroupsReportTab({ groupIds }: { groupIds: number[] }) {
  const report = useGroupsReport(groupIds);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <CsvLink href={reportCsvHref('groups', { groupId: groupIds })}>
        Download the groups report (CSV)
      </CsvLink>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        Each group counts the users in it or in its subgroups, once each. The total leaves out
        archived users, as the Users list does.
      </Typography.Paragraph>
      {report.isError && <Alert type="error" showIcon title={report.error.message} />}
      <ScrollRegion label="Groups report, scrolls sideways">
        <Table<GroupRow>
          aria-label="Users by group and status"
          rowKey="groupId"
          size="small"
          loading={report.isFetching}
          dataSource={report.data?.items ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            {
              title: 'Group',
              key: 'group',
              rowScope: 'row',
              render: (_, row) => `${row.path} (${row.groupId})`,
            },
            ...SUBSCRIPTION_STATUSES.map((status) => ({
              title: statusLabels[status],
              key: status,
              align: 'right' as const,
              render: (_: unknown, row: GroupRow) => (
                <Link
                  to={usersGridLink({ status }, [row.groupId])}
                  aria-label={`${row.byStatus[status]} ${statusLabels[status]} users in ${row.name}`}
                >
                  {row.byStatus[status]}
                </Link>
              ),
            })),
            {
              title: 'Total',
              key: 'total',
              align: 'right' as const,
              render: (_, row) => row.total,
            },
          ]}
        />
      </ScrollRegion>
    </Space>
  );
}
