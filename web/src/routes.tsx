import { Route, Routes } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { ComingSoon } from './components/ComingSoon';
import { RequireAuth } from './components/RequireAuth';
import { RequireSupport } from './components/RequireSupport';
import { HomePage } from './pages/Home/HomePage';
import { NotFoundPage } from './pages/NotFound/NotFoundPage';
import { SignInPage } from './pages/SignIn/SignInPage';
import { UsersPage } from './pages/Users/UsersPage';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="users" element={<UsersPage />} />
        <Route path="users/overview" element={<ComingSoon title="Users overview" />} />
        <Route path="access-codes" element={<ComingSoon title="Access codes" />} />
        <Route path="organisations" element={<ComingSoon title="Organisations" />} />
        <Route
          path="settings"
          element={
            <RequireSupport>
              <ComingSoon title="Settings" />
            </RequireSupport>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
