import { Route, Routes } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { RequireAuth } from './components/RequireAuth';
import { RequireSupport } from './components/RequireSupport';
import { AccessCodesPage } from './pages/AccessCodes/AccessCodesPage';
import { ActivatePage } from './pages/Activate/ActivatePage';
import { AddEmployerPage } from './pages/AddEmployer/AddEmployerPage';
import { AddUserPage } from './pages/AddUser/AddUserPage';
import { AdministratorsPage } from './pages/Administrators/AdministratorsPage';
import { ApiKeysPage } from './pages/ApiKeys/ApiKeysPage';
import { AuditPage } from './pages/Audit/AuditPage';
import { DueToExpirePage } from './pages/DueToExpire/DueToExpirePage';
import { EditUserPage } from './pages/EditUser/EditUserPage';
import { EmailTemplatesPage } from './pages/EmailTemplates/EmailTemplatesPage';
import { GroupsPage } from './pages/Groups/GroupsPage';
import { HomePage } from './pages/Home/HomePage';
import { ImportPage } from './pages/Imports/ImportPage';
import { UploadUsersPage } from './pages/Imports/UploadUsersPage';
import { ManagedByMePage } from './pages/ManagedByMe/ManagedByMePage';
import { MyDetailsPage } from './pages/MyDetails/MyDetailsPage';
import { NotFoundPage } from './pages/NotFound/NotFoundPage';
import { OrganisationsPage } from './pages/Organisations/OrganisationsPage';
import { ProgrammesPage } from './pages/Programmes/ProgrammesPage';
import { RegisterPage } from './pages/Register/RegisterPage';
import { ResetPasswordPage } from './pages/ResetPassword/ResetPasswordPage';
import { SettingsPage } from './pages/Settings/SettingsPage';
import { SignInPage } from './pages/SignIn/SignInPage';
import { TenantsPage } from './pages/Tenants/TenantsPage';
import { UnlockPage } from './pages/Unlock/UnlockPage';
import { UserProfilePage } from './pages/UserProfile/UserProfilePage';
import { UsersPage } from './pages/Users/UsersPage';
import { UsersOverviewPage } from './pages/UsersOverview/UsersOverviewPage';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/activate" element={<ActivatePage />} />
      <Route path="/unlock" element={<UnlockPage />} />
      <Route path="/reset-password" element={<ResetPasswordPage />} />
      <Route path="/register/:tenant" element={<RegisterPage />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="users" element={<UsersPage />} />
        <Route path="users/overview" element={<UsersOverviewPage />} />
        <Route path="users/due-to-expire" element={<DueToExpirePage />} />
        <Route path="users/imports" element={<UploadUsersPage />} />
        <Route path="users/imports/:id" element={<ImportPage />} />
        <Route path="users/new" element={<AddUserPage />} />
        <Route path="users/new-employer" element={<AddEmployerPage />} />
        <Route path="users/:id" element={<UserProfilePage />} />
        <Route path="users/:id/edit" element={<EditUserPage />} />
        <Route path="managed-by-me" element={<ManagedByMePage />} />
        <Route path="my-details" element={<MyDetailsPage />} />
        <Route path="access-codes" element={<AccessCodesPage />} />
        <Route path="organisations" element={<OrganisationsPage />} />
        <Route path="administrators" element={<AdministratorsPage />} />
        <Route path="groups" element={<GroupsPage />} />
        <Route path="programmes" element={<ProgrammesPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route
          path="settings"
          element={
            <RequireSupport>
              <SettingsPage />
            </RequireSupport>
          }
        />
        <Route
          path="tenants"
          element={
            <RequireSupport>
              <TenantsPage />
            </RequireSupport>
          }
        />
        <Route path="settings/api-keys" element={<ApiKeysPage />} />
        <Route path="settings/email-templates" element={<EmailTemplatesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
