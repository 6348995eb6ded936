import { Card, Descriptions, Typography } from 'antd';
import { useCurrentSession } from '../../components/current-session';

/**
 * Home for learners and employer users: their own account. The fuller console (programme,
 * details, password) is still to come; administrators' tiles are not theirs to see.
 */
export function PortalHome() {
  const { user, tenant } = useCurrentSession();
  return (
    <>
      <Typography.Title level={1}>Welcome, {user.firstName}</Typography.Title>
      <Card title={<h2 className="card-heading">Your account</h2>} className="form-card">
        <Descriptions
          column={1}
          items={[
            { key: 'name', label: 'Name', children: `${user.firstName} ${user.surname}` },
            { key: 'email', label: 'Email', children: user.email ?? '—' },
            { key: 'provider', label: 'Training provider', children: tenant.name },
          ]}
        />
        <Typography.Paragraph>
          Your training provider keeps these details. To change any of them, please contact them.
        </Typography.Paragraph>
      </Card>
    </>
  );
}
