import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Typography } from 'antd';
import { useState } from 'react';
import { Link, Outlet, useNavigate } from 'react-router';
import { useSignOut } from '../api/session';
import { AppNav } from './AppNav';
import { useCurrentSession } from './current-session';
import { sectionsFor } from './sections';

/**
 * The frame of every signed-in page: a header with who is signed in, the menu of sections
 * (beside the page on wide screens, in a drawer behind the Menu button on narrow ones), then
 * the page.
 */
export function AppLayout() {
  const { user, tenant } = useCurrentSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const wide = Grid.useBreakpoint().lg ?? false;
  const [menuOpen, setMenuOpen] = useState(false);
  const sections = sectionsFor(user);
  const onSignOut = () => signOut.mutate(undefined, { onSettled: () => navigate('/sign-in') });
  const hasMenu = sections.length > 0;
  return (
    <Layout className="app">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <Layout.Header className="app-header">
        {hasMenu && !wide && (
          <Button
            icon={<MenuOutlined aria-hidden="true" />}
            aria-haspopup="dialog"
            onClick={() => setMenuOpen(true)}
          >
            Menu
          </Button>
        )}
        <Link to="/" className="app-brand">
          Roster
        </Link>
        <div className="app-identity">
          <span className="app-tenant" data-testid="signed-in-tenant">
            {tenant.name}
          </span>
          <span className="app-user" data-testid="signed-in-as">
            {user.firstName} {user.surname}
          </span>
        </div>
        <Button onClick={onSignOut} loading={signOut.isPending}>
          Sign out
        </Button>
      </Layout.Header>
      <Layout hasSider={hasMenu && wide}>
        {hasMenu && wide && (
          <Layout.Sider theme="light" width={220} className="app-sider">
            <AppNav sections={sections} />
          </Layout.Sider>
        )}
        <Layout className="app-body">
          <Layout.Content id="main" tabIndex={-1} className="app-main">
            <Outlet />
          </Layout.Content>
          <Layout.Footer className="app-footer">
            <Typography.Text type="secondary">
              Roster – user management for training providers
            </Typography.Text>
          </Layout.Footer>
        </Layout>
      </Layout>
      {hasMenu && !wide && (
        <Drawer
          title="Menu"
          placement="left"
          size={280}
          open={menuOpen}
          onClose={() => setMenuOpen(false)}
        >
          <AppNav sections={sections} onNavigate={() => setMenuOpen(false)} />
        </Drawer>
      )}
    </Layout>
  );
}
