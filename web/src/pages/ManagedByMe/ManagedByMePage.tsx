import { Alert, Input, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type ManagedLearner, useManagedLearners } from '../../api/me';
import { formatDate } from '../../components/dates';
import { EmailText } from '../../components/EmailText';
import { PageHeading } from '../../components/PageHeading';
import { StatusTag } from '../../components/StatusTag';
import { usePageTitle } from '../../components/usePageTitle';

const PAGE_SIZE = 20;

const LINK_LABELS: Record<ManagedLearner['links'][number], string> = {
  manager: 'Manager',
  mentor: 'Mentor',
  group: 'In your groups',
};

/**
 * "Managed by me": an employer user's home. The learners whose manager or mentor they are and,
 * with the View all role, every learner of their groups; the server decides who is listed.
 */
export function ManagedByMePage() {
  usePageTitle('Managed by me');
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const learners = useManagedLearners({ page, pageSize: PAGE_SIZE, q: q || undefined });
  const data = learners.data;
  return (
    <>
      <PageHeading title="Managed by me" />
      <Typography.Paragraph>
        The learners you manage or mentor, and with the “View all in assigned groups” role every
        learner in your groups. Ask the training provider if someone is missing.
      </Typography.Paragraph>
      <Input.Search
        aria-label="Search by name or email"
        placeholder="Search by name or email"
        allowClear
        style={{ maxWidth: 360, marginBottom: 16 }}
        onSearch={(value) => {
          setQ(value.trim());
          setPage(1);
        }}
      />
      {learners.isError && (
        <Alert type="error" showIcon title={learners.error.message} className="form-alert" />
      )}
      <Table<ManagedLearner>
        rowKey="id"
        loading={learners.isFetching}
        dataSource={data?.items ?? []}
        locale={{ emptyText: q ? 'No learner matches.' : 'No learners are linked to you yet.' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (total) => `${total} learner${total === 1 ? '' : 's'}`,
        }}
        columns={[
          {
            title: 'Name',
            key: 'name',
            render: (_, learner) => `${learner.firstName} ${learner.surname}`,
          },
          {
            title: 'Email',
            key: 'email',
            render: (_, learner) => (learner.email ? <EmailText email={learner.email} /> : '—'),
          },
          {
            title: 'Programme',
            key: 'programme',
            render: (_, learner) => learner.programme?.name ?? '—',
          },
          {
            title: 'Status',
            key: 'status',
            render: (_, learner) => <StatusTag status={learner.subscriptionStatus} />,
          },
          {
            title: 'End date',
            key: 'endsOn',
            render: (_, learner) => formatDate(learner.subscriptionEndsOn) || '—',
          },
          {
            title: 'You are',
            key: 'links',
            render: (_, learner) =>
              learner.links.map((link) => <Tag key={link}>{LINK_LABELS[link]}</Tag>),
          },
        ]}
      />
    </>
  );
}
