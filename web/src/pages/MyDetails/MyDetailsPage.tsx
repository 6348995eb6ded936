import { Alert, Card, Descriptions, Spin, Typography } from 'antd';
import { useMe } from '../../api/me';
import { useCurrentSession } from '../../components/current-session';
import { formatDate } from '../../components/dates';
import { PageHeading } from '../../components/PageHeading';
import { StatusTag } from '../../components/StatusTag';
import { usePageTitle } from '../../components/usePageTitle';
import { ChangePasswordForm } from './ChangePasswordForm';

const card = (title: string) => <h2 className="card-heading">{title}</h2>;

/**
 * My details: a learner's (or employer user's) own account: who looks after them, their
 * programme and end date, and their password.
 */
export function MyDetailsPage() {
  usePageTitle('My details');
  const { tenant } = useCurrentSession();
  const me = useMe();
  if (me.isPending) return <Spin description="Loading your details…" />;
  if (me.isError) return <Alert type="error" showIcon title={me.error.message} />;
  const data = me.data;
  const learner = data.type === 'learner';
  const items = [
    { key: 'name', label: 'Name', children: `${data.firstName} ${data.surname}` },
    { key: 'email', label: 'Email', children: data.email ?? '—' },
    { key: 'username', label: 'Username', children: data.username ?? '—' },
    { key: 'mobile', label: 'Mobile', children: data.mobile ?? '—' },
    { key: 'status', label: 'Status', children: <StatusTag status={data.subscriptionStatus} /> },
    { key: 'provider', label: 'Training provider', children: tenant.name },
    ...(data.employer
      ? [{ key: 'employer', label: 'Employer', children: data.employer.name }]
      : []),
  ];
  const learning = [
    {
      key: 'caseOwner',
      label: 'Case owner',
      children: data.caseOwner
        ? `${data.caseOwner.name}${data.caseOwner.email ? ` (${data.caseOwner.email})` : ''}`
        : 'Not assigned yet',
    },
    { key: 'programme', label: 'Programme', children: data.programme?.name ?? 'None yet' },
    {
      key: 'endsOn',
      label: 'End date',
      children: formatDate(data.subscriptionEndsOn) || 'No end date',
    },
    { key: 'manager', label: 'Manager', children: data.manager ?? '—' },
    { key: 'mentor', label: 'Mentor', children: data.mentor ?? '—' },
  ];
  return (
    <>
      <PageHeading title="My details" />
      <Card title={card('Your account')} className="form-card">
        <Descriptions column={1} items={items} />
        <Typography.Paragraph>
          Your training provider keeps these details. To change any of them, please contact them.
        </Typography.Paragraph>
      </Card>
      {learner && (
        <Card title={card('Your learning')} className="form-card">
          <Descriptions column={1} items={learning} />
        </Card>
      )}
      <Card title={card('Change your password')} className="form-card">
        {data.passwordSignIn ? (
          <ChangePasswordForm username={data.username ?? data.email ?? ''} />
        ) : (
          <Typography.Paragraph>
            You sign in through your organisation’s single sign-on, so your password is kept there.
          </Typography.Paragraph>
        )}
      </Card>
    </>
  );
}
