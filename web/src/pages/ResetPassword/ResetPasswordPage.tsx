import { Card, Result, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useRequestPasswordReset } from '../../api/password-reset';
import { EmailedLinkForm } from '../../components/EmailedLinkForm';
import { usePageTitle } from '../../components/usePageTitle';
import { ResetPasswordForm } from './ResetPasswordForm';

/**
 * Public: without a token, a person who forgot their password asks for a reset link; with the
 * emailed token, they choose a new password (which ends every session they had open).
 */
export function ResetPasswordPage() {
  usePageTitle('Choose a new password');
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const tenant = params.get('tenant') ?? 'demo';
  const request = useRequestPasswordReset();
  const [doneTenant, setDoneTenant] = useState<string | null>(null);

  const body = () => {
    if (doneTenant !== null)
      return (
        <Result
          status="success"
          title="Your password is changed"
          subTitle="Sign in with your new password. Anywhere you were still signed in has been signed out."
          extra={
            <Link to={`/sign-in?tenant=${encodeURIComponent(doneTenant)}`}>Sign in to Roster</Link>
          }
        />
      );
    if (token)
      return (
        <>
          <Typography.Paragraph>
            Choose a new password. The emailed link works once, for an hour.
          </Typography.Paragraph>
          <ResetPasswordForm token={token} onDone={setDoneTenant} />
          <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
            <Link to={`/reset-password?tenant=${encodeURIComponent(tenant)}`}>
              Link expired? Ask for a new one
            </Link>
          </Typography.Paragraph>
        </>
      );
    return (
      <>
        <Typography.Paragraph>
          Enter your organisation and username, and we will email you a link to choose a new
          password.
        </Typography.Paragraph>
        <EmailedLinkForm
          name="requestPasswordReset"
          tenant={tenant}
          request={request}
          submitLabel="Email me a reset link"
          sentText="If that account signs in with a password and has an email address, we have sent it a link to choose a new one. The link works once, for an hour. If nothing arrives, ask your administrator."
        />
      </>
    );
  };

  return (
    <main className="centred">
      <Card className="sign-in-card">
        <Typography.Title level={1}>Choose a new password</Typography.Title>
        {body()}
      </Card>
    </main>
  );
}
