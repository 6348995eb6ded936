import { Alert, Button, Card, Form, Input, Result, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { type RegistrationRequest, usePublicTenant, useRegister } from '../../api/registration';
import { showServerErrors } from '../../components/server-errors';
import { usePageTitle } from '../../components/usePageTitle';

/** The public page where a learner registers with an access code from their training provider. */
export function RegisterPage() {
  usePageTitle('Register');
  const slug = useParams().tenant ?? '';
  const tenant = usePublicTenant(slug);
  const register = useRegister(slug);
  const [form] = Form.useForm<RegistrationRequest>();
  const [problems, setProblems] = useState<string[]>([]);

  if (tenant.isPending) {
    return (
      <main className="centred">
        <Spin size="large" description="Loading…" />
      </main>
    );
  }
  if (tenant.isError) {
    return (
      <main className="centred">
        <Result
          status="404"
          title="There is no registration page at this address"
          subTitle="Check the link your training provider gave you."
        />
      </main>
    );
  }

  if (register.isSuccess) {
    return (
      <main className="centred">
        <Card className="sign-in-card">
          <Result
            status="success"
            title={<h1 style={{ fontSize: 24, margin: 0 }}>Your account is ready</h1>}
            subTitle={`Sign in to ${tenant.data.name} with ${register.data.email} and the password you chose.`}
            extra={
              <Link
                to={`/sign-in?tenant=${encodeURIComponent(tenant.data.slug)}`}
                className="ant-btn ant-btn-primary"
              >
                Sign in
              </Link>
            }
          />
        </Card>
      </main>
    );
  }

  const onFinish = (values: RegistrationRequest) => {
    setProblems([]);
    register.mutate(values, { onError: (error) => setProblems(showServerErrors(form, error)) });
  };

  return (
    <main className="centred">
      <Card className="sign-in-card">
        <Typography.Title level={1}>Register with {tenant.data.name}</Typography.Title>
        <Typography.Paragraph>
          Enter the access code your training provider gave you, and choose a password for your new
          account.
        </Typography.Paragraph>
        {problems.map((problem) => (
          <Alert key={problem} type="error" showIcon title={problem} style={{ marginBottom: 16 }} />
        ))}
        <Form
          form={form}
          name="register"
          layout="vertical"
          requiredMark={false}
          onFinish={onFinish}
        >
          <Form.Item
            label="Access code"
            name="accessCode"
            rules={[
              {
                required: true,
                whitespace: true,
                message: 'Enter the access code you were given.',
              },
            ]}
          >
            <Input
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              placeholder="XXXXX-XXXXX"
            />
          </Form.Item>
          <Form.Item
            label="First name"
            name="firstName"
            rules={[{ required: true, whitespace: true, message: 'Enter your first name.' }]}
          >
            <Input autoComplete="given-name" maxLength={100} />
          </Form.Item>
          <Form.Item
            label="Surname"
            name="surname"
            rules={[{ required: true, whitespace: true, message: 'Enter your surname.' }]}
          >
            <Input autoComplete="family-name" maxLength={100} />
          </Form.Item>
          <Form.Item
            label="Email"
            name="email"
            rules={[{ required: true, whitespace: true, message: 'Enter your email address.' }]}
          >
            <Input type="email" autoComplete="email" />
          </Form.Item>
          <Form.Item
            label="Password"
            name="password"
            extra="At least 10 characters. A few unrelated words make a strong password that is easy to remember."
            rules={[{ required: true, message: 'Choose a password.' }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={register.isPending}>
            Register
          </Button>
        </Form>
      </Card>
    </main>
  );
}
