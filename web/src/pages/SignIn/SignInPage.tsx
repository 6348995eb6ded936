import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useSession, useSignIn } from '../../api/session';
import type { SignInRequest } from '../../api/types';
import { SignInNameFields } from '../../components/SignInNameFields';
import { usePageTitle } from '../../components/usePageTitle';
import { returnPath } from './return-path';

const DEFAULT_TENANT = 'demo';

/** A signed-out page that keeps the organisation already typed. */
const withTenant = (path: string, tenant: unknown) =>
  typeof tenant === 'string' && tenant.trim()
    ? `${path}?tenant=${encodeURIComponent(tenant.trim())}`
    : path;

export function SignInPage() {
  usePageTitle('Sign in');
  const [form] = Form.useForm<SignInRequest>();
  const typedTenant = Form.useWatch('tenant', form);
  const session = useSession();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const target = returnPath(location.state);

  if (session.data && !signIn.isPending) return <Navigate to={target} replace />;

  const onFinish = (values: SignInRequest) => {
    signIn.mutate(values, {
      onSuccess: () => navigate(target, { replace: true }),
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        const names: (keyof SignInRequest)[] = ['tenant', 'username', 'password'];
        form.setFields(
          names.flatMap((name) => {
            const why = error.fields[name];
            return why ? [{ name, errors: [why] }] : [];
          }),
        );
      },
    });
  };

  return (
    <main className="centred">
      <Card className="sign-in-card">
        <Typography.Title level={1}>Sign in to Roster</Typography.Title>
        {signIn.isError && (
          <Alert
            type="error"
            showIcon
            title={signIn.error.message}
            style={{ marginBottom: 16 }}
            data-testid="sign-in-error"
          />
        )}
        <Form
          form={form}
          name="signIn"
          layout="vertical"
          requiredMark={false}
          initialValues={{ tenant: params.get('tenant') ?? DEFAULT_TENANT }}
          onFinish={onFinish}
        >
          <SignInNameFields />
          <Form.Item
            label="Password"
            name="password"
            rules={[{ required: true, message: 'Enter your password.' }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
            Sign in
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          <Link to={withTenant('/reset-password', typedTenant ?? params.get('tenant'))}>
            Forgot your password?
          </Link>
          {' · '}
          <Link to={withTenant('/unlock', typedTenant ?? params.get('tenant'))}>Locked out?</Link>
        </Typography.Paragraph>
      </Card>
    </main>
  );
}
