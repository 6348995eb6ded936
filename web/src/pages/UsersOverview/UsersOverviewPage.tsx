import { MessageOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Row, Space, Statistic, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type UsersOverview, useUsersOverview } from '../../api/overview';
import { SUBSCRIPTION_STATUSES, USER_TYPES } from '../../api/types';
import { isPlatformSupport } from '../../components/admin-role';
import { useCurrentSession } from '../../components/current-session';
import { GroupTreeSelect } from '../../components/GroupTreeSelect';
import { PageHeading } from '../../components/PageHeading';
import { statusLabels } from '../../components/StatusTag';
import { usePageTitle } from '../../components/usePageTitle';
import { typeLabels } from '../Users/labels';
import { type CountRow, CountTable } from './CountTable';
import { GroupMessageModal } from './GroupMessageModal';
import { groupIdsFrom, type Slice, usersGridLink } from './overview-links';

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

/** How many users the chosen groups hold (all visible groups when none is chosen). */
export function UsersOverviewPage() {
  usePageTitle('Users overview');
  const [params, setParams] = useSearchParams();
  const key = params.getAll('groupId').join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the groups in the address are the identity of the view.
  const groupIds = useMemo(() => groupIdsFrom(params), [key]);
  const overview = useUsersOverview(groupIds);
  const [writing, setWriting] = useState(false);
  // Platform support reaches no group, so has no one to write to.
  const canMessage = !isPlatformSupport(useCurrentSession().user.adminRole);
  const data = overview.data;

  const onGroups = (ids: number[] | undefined) => {
    const next = new URLSearchParams();
    for (const id of ids ?? []) next.append('groupId', String(id));
    setParams(next);
  };

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
      <PageHeading
        title="Users overview"
        extra={
          <Space wrap>
            {canMessage && (
              <Button icon={<MessageOutlined />} onClick={() => setWriting(true)}>
                Send group message
              </Button>
            )}
            <Link to="/users/imports">
              <UploadOutlined aria-hidden="true" /> Upload users
            </Link>
          </Space>
        }
      />
      <GroupMessageModal
        open={writing}
        groupId={groupIds.length === 1 ? groupIds[0] : undefined}
        onClose={() => setWriting(false)}
      />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" role="search" aria-label="Overview filter">
          <Form.Item
            label="Groups"
            htmlFor="overview-groups"
            extra="Subgroups are counted with their group. With no group chosen, every group you can see is counted."
            style={{ marginBottom: 0 }}
          >
            <GroupTreeSelect id="overview-groups" value={groupIds} onChange={onGroups} />
          </Form.Item>
        </Form>
      </Card>
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
    </>
  );
}
