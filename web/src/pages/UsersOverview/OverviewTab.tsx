import { Alert, Card, Col, Row, Spin, Statistic, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { type UsersOverview, useUsersOverview } from '../../api/overview';
import { SUBSCRIPTION_STATUSES, USER_TYPES } from '../../api/types';
import { statusLabels } from '../../components/StatusTag';
import { typeLabels } from '../Users/labels';
import { type CountRow, CountTable } from './CountTable';
import { type Slice, usersGridLink } from './overview-links';

// The charts library is large: loaded only when the overview is shown.
const OverviewCharts = lazy(() => import('./OverviewCharts'));

interface Headline {
  key: string;
  title: string;
  /** Read out with the number: "115 active users". */
  spoken: string;
  slice: Slice;
  count: (overview: UsersOverview) => number;
}

const headlines: Headline[] = [
  {
    key: 'active',
    title: 'Active users',
    spoken: 'active users',
    slice: { status: 'FullUser' },
    count: (o) => o.activeUsers,
  },
  {
    key: 'invited',
    title: 'Invited',
    spoken: 'invited users',
    slice: { status: 'Invited' },
    count: (o) => o.invitedUsers,
  },
  {
    key: 'expired',
    title: 'Expired',
    spoken: 'expired users',
    slice: { status: 'Expired' },
    count: (o) => o.expiredUsers,
  },
];

const format = (count: number) => count.toLocaleString('en-GB');

/** How many users the chosen groups hold (all visible groups when none is chosen), with charts. */
export function OverviewTab({ groupIds }: { groupIds: number[] }) {
  const overview = useUsersOverview(groupIds);
  const data = overview.data;

  const statusRows: CountRow[] = SUBSCRIPTION_STATUSES.map((status) => ({
    key: status,
    label: statusLabels[status],
    count: data?.byStatus[status] ?? 0,
    to: usersGridLink({ status }, groupIds),
  }));
  const typeRows: CountRow[] = USER_TYPES.map((type) => ({
    key: type,
    label: typeLabels[type],
    count: data?.byType[type] ?? 0,
    to: usersGridLink({ type }, groupIds),
  }));

  return (
    <>
      {overview.isError && (
        <Alert type="error" showIcon title={overview.error.message} style={{ marginBottom: 16 }} />
      )}
      <Row gutter={[16, 16]} style={{ marginBottom: 24 }}>
        {headlines.map((item) => {
          const value = data ? item.count(data) : 0;
          return (
            <Col key={item.key} xs={24} md={8}>
              <Card>
                <Statistic
                  title={item.title}
                  value={value}
                  loading={overview.isPending}
                  formatter={() => (
                    <Link
                      to={usersGridLink(item.slice, groupIds)}
                      aria-label={`${format(value)} ${item.spoken}`}
                      data-testid={`overview-${item.key}`}
                    >
                      {format(value)}
                    </Link>
                  )}
                />
              </Card>
            </Col>
          );
        })}
      </Row>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={12}>
          <CountTable
            title="By subscription status"
            rowsAre="Status"
            rows={statusRows}
            loading={overview.isFetching}
          />
        </Col>
        <Col xs={24} lg={12}>
          <CountTable
            title="By type"
            rowsAre="Type"
            rows={typeRows}
            loading={overview.isFetching}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            These counts leave out archived users, as the Users list does unless filtered by the
            Archived status; they are counted under Archived by subscription status.
          </Typography.Paragraph>
        </Col>
      </Row>
      <Suspense fallback={<Spin description="Loading the charts" />}>
        <OverviewCharts groupIds={groupIds} />
      </Suspense>
    </>
  );
}
