import { Button, Layout, Typography } from 'antd';
import { Link, Outlet, useNavigate } from 'react-router';
import { useSignOut } from '../api/session';
import { useCurrentSession } from './current-session';

/** The frame of every signed-in page: a header with who is signed in, then the page. */
export function AppLayout() {
  const { user, tenant } = useCurrentSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const onSignOut = () => signOut.mutate(undefined, { onSettled: () => navigate('/sign-in') });
  return (
    <Layout className="app">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <Layout.Header className="app-header">
        <Link to="/" className="app-brand">
          Roster
        </Link>
        <span className="app-tenant">{tenant.name}</span>
        <span className="app-user" data-testid="signed-in-as">
          {user.firstName} {user.surname}
        </span>
        <Button onClick={onSignOut} loading={signOut.isPending}>
          Sign out
        </Button>
      </Layout.Header>
      <Layout.Content id="main" tabIndex={-1} className="app-main">
        <Outlet />
      </Layout.Content>
      <Layout.Footer className="app-footer">
        <Typography.Text type="secondary">
          Roster – user management for training providers
        </Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
