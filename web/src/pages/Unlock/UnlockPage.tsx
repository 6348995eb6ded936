import { Alert, Button, Card, Result, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useUnlockWithLink } from '../../api/unlock';
import { usePageTitle } from '../../components/usePageTitle';
import { RequestUnlockForm } from './RequestUnlockForm';

/**
 * Public: without a token, a locked person asks for an unlock link; with the emailed token,
 * one press unlocks the account. The press is deliberate: mail scanners that open links
 * must not use up the single-use link.
 */
export function UnlockPage() {
  usePageTitle('Unlock your account');
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const tenant = params.get('tenant') ?? 'demo';
  const unlock = useUnlockWithLink();

  const body = () => {
    if (!token) {
      return (
        <>
          <Typography.Paragraph>
            Too many failed sign-ins lock an account. Enter your organisation and username, and we
            will email you a link that unlocks it. Your administrator can unlock it too.
          </Typography.Paragraph>
          <RequestUnlockForm tenant={tenant} />
        </>
      );
    }
    if (unlock.isSuccess) {
      const signIn = `/sign-in?tenant=${encodeURIComponent(unlock.data.tenant)}`;
      return (
        <Result
          status="success"
          title="Your account is unlocked"
          subTitle="Sign in with your username and password."
          extra={<Link to={signIn}>Sign in to Roster</Link>}
        />
      );
    }
    return (
      <>
        {unlock.isError && (
          <Alert
            type="warning"
            showIcon
            title={unlock.error.message}
            style={{ marginBottom: 16 }}
            action={<Link to="/unlock">Ask for a new link</Link>}
          />
        )}
        <Typography.Paragraph>Unlock your account to sign in again.</Typography.Paragraph>
        <Button
          type="primary"
          block
          loading={unlock.isPending}
          onClick={() => unlock.mutate(token)}
        >
          Unlock my account
        </Button>
      </>
    );
  };

  return (
    <main className="centred">
      <Card className="sign-in-card">
        <Typography.Title level={1}>Unlock your account</Typography.Title>
        {body()}
      </Card>
    </main>
  );
}
