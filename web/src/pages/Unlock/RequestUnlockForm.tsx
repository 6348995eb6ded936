import { Alert, Button, Form, Input, Result } from 'antd';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { type UnlockLinkRequest, useRequestUnlockLink } from '../../api/unlock';

/** Asks for an unlock link; the answer is the same whether or not the account exists. */
export function RequestUnlockForm({ tenant }: { tenant: string }) {
  const [form] = Form.useForm<UnlockLinkRequest>();
  const request = useRequestUnlockLink();

  if (request.isSuccess)
    return (
      <Result
        status="info"
        title="Check your email"
        subTitle="If that account is locked and has an email address, we have sent it a link to unlock it. The link works once, for an hour. If nothing arrives, ask your administrator to unlock your account."
        extra={<Link to={`/sign-in?tenant=${encodeURIComponent(tenant)}`}>Back to sign in</Link>}
      />
    );

  const onFinish = (values: UnlockLinkRequest) =>
    request.mutate(values, {
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        const names: (keyof UnlockLinkRequest)[] = ['tenant', 'username'];
        form.setFields(
          names.flatMap((name) =>
            error.fields[name] ? [{ name, errors: [error.fields[name]] }] : [],
          ),
        );
      },
    });

  return (
    <Form
      form={form}
      name="requestUnlock"
      layout="vertical"
      requiredMark={false}
      initialValues={{ tenant }}
      onFinish={onFinish}
    >
      {request.isError && (
        <Alert type="error" showIcon title={request.error.message} style={{ marginBottom: 16 }} />
      )}
      <Form.Item
        label="Organisation"
        name="tenant"
        rules={[{ required: true, whitespace: true, message: 'Enter your organisation.' }]}
      >
        <Input autoComplete="organization" />
      </Form.Item>
      <Form.Item
        label="Username or email"
        name="username"
        rules={[{ required: true, whitespace: true, message: 'Enter your username or email.' }]}
      >
        <Input autoComplete="username" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={request.isPending}>
        Email me an unlock link
      </Button>
    </Form>
  );
}
