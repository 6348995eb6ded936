import { MessageOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Form, Space, Spin, Tabs } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { isPlatformSupport } from '../../components/admin-role';
import { useCurrentSession } from '../../components/current-session';
import { GroupTreeSelect } from '../../components/GroupTreeSelect';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { GroupMessageModal } from './GroupMessageModal';
import { OverviewTab } from './OverviewTab';
import { groupIdsFrom } from './overview-links';

// The other tabs load when first opened, so the app's main bundle carries only the overview.
const ActivationReportTab = lazy(() =>
  import('./ActivationReportTab').then((m) => ({ default: m.ActivationReportTab })),
);
const UsersReportTab = lazy(() =>
  import('./UsersReportTab').then((m) => ({ default: m.UsersReportTab })),
);
const GroupsReportTab = lazy(() =>
  import('./GroupsReportTab').then((m) => ({ default: m.GroupsReportTab })),
);
const ReassignTab = lazy(() => import('./ReassignTab').then((m) => ({ default: m.ReassignTab })));

const TABS = [
  { key: 'overview', label: 'Overview' },
  { key: 'activations', label: 'Account activation report' },
  { key: 'users', label: 'Users report' },
  { key: 'groups', label: 'Groups report' },
  { key: 'reassign', label: 'Reassign on group' },
] as const;
type TabKey = (typeof TABS)[number]['key'];

const isTab = (value: string | null): value is TabKey => TABS.some((tab) => tab.key === value);

/**
 * The Users overview: counts and charts of the chosen groups (every visible group when none is
 * chosen), and beside them the reports and "reassign on group", each a tab kept in the address.
 */
export function UsersOverviewPage() {
  usePageTitle('Users overview');
  const [params, setParams] = useSearchParams();
  const key = params.getAll('groupId').join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the groups in the address are the identity of the view.
  const groupIds = useMemo(() => groupIdsFrom(params), [key]);
  const asked = params.get('tab');
  const tab: TabKey = isTab(asked) ? asked : 'overview';
  const [writing, setWriting] = useState(false);
  // Platform support reaches no group, so has no one to write to.
  const canMessage = !isPlatformSupport(useCurrentSession().user.adminRole);

  const go = (ids: number[], nextTab: TabKey) => {
    const next = new URLSearchParams();
    for (const id of ids) next.append('groupId', String(id));
    if (nextTab !== 'overview') next.set('tab', nextTab);
    setParams(next);
  };

  const content: Record<TabKey, React.ReactNode> = {
    overview: <OverviewTab groupIds={groupIds} />,
    activations: <ActivationReportTab groupIds={groupIds} />,
    users: <UsersReportTab groupIds={groupIds} />,
    groups: <GroupsReportTab groupIds={groupIds} />,
    reassign: <ReassignTab />,
  };

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
      {tab !== 'reassign' && (
        <Card style={{ marginBottom: 16 }}>
          <Form layout="vertical" role="search" aria-label="Overview filter">
            <Form.Item
              label="Groups"
              htmlFor="overview-groups"
              extra="Subgroups are counted with their group. With no group chosen, every group you can see is counted."
              style={{ marginBottom: 0 }}
            >
              <GroupTreeSelect
                id="overview-groups"
                value={groupIds}
                onChange={(ids) => go(ids ?? [], tab)}
              />
            </Form.Item>
          </Form>
        </Card>
      )}
      <Tabs
        activeKey={tab}
        onChange={(next) => go(groupIds, isTab(next) ? next : 'overview')}
        destroyOnHidden
        items={TABS.map((item) => ({
          key: item.key,
          label: item.label,
          children: (
            <Suspense fallback={<Spin description="Loading" />}>{content[item.key]}</Suspense>
          ),
        }))}
      />
    </>
  );
}
