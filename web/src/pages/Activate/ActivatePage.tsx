import { Card, Result, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useActivationPreview } from '../../api/activation';
import { ApiError } from '../../api/client';
import { usePageTitle } from '../../components/usePageTitle';
import { ActivateForm } from './ActivateForm';

/** Public: the page an activation email links to, where an invited person sets a password. */
export function ActivatePage() {
  usePageTitle('Activate your account');
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const preview = useActivationPreview(token);
  const [activated, setActivated] = useState<string | null>(null);
  const tenant = preview.data?.tenant;
  const signInPath = tenant ? `/sign-in?tenant=${encodeURIComponent(tenant)}` : '/sign-in';

  const body = () => {
    if (activated !== null) {
      return (
        <Result
          status="success"
          title="Your account is ready"
          subTitle={`Sign in with the username ${activated} and your new password.`}
          extra={<Link to={signInPath}>Sign in to Roster</Link>}
        />
      );
    }
    if (!token) {
      return (
        <Result
          status="warning"
          title="This link is incomplete"
          subTitle="Open the link in your activation email again, or copy all of it into the address bar."
        />
      );
    }
    if (preview.isPending) return <Spin description="Checking your link…" />;
    if (preview.isError) {
      const invalid = preview.error instanceof ApiError && preview.error.status === 422;
      return (
        <Result
          status="warning"
          title={invalid ? 'This link no longer works' : 'Your link could not be checked'}
          subTitle={preview.error.message}
          extra={<Link to="/sign-in">Go to sign in</Link>}
        />
      );
    }
    return (
      <>
        <Typography.Paragraph>
          Welcome, {preview.data.firstName}. Choose a password to finish setting up your account.
        </Typography.Paragraph>
        <ActivateForm token={token} preview={preview.data} onActivated={setActivated} />
      </>
    );
  };

  return (
    <main className="centred">
      <Card className="sign-in-card">
        <Typography.Title level={1}>Activate your account</Typography.Title>
        {body()}
      </Card>
    </main>
  );
}
