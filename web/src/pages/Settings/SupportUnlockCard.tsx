import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { ApiError } from '../../api/client';
import { type SupportUnlockRequest, useSupportUnlock } from '../../api/unlock';

/** Platform support lifts a lockout in any organisation, by its sign-in code and a username. */
export function SupportUnlockCard({ tenant }: { tenant: string }) {
  const [form] = Form.useForm<SupportUnlockRequest>();
  const unlock = useSupportUnlock();

  const onFinish = (values: SupportUnlockRequest) =>
    unlock.mutate(values, {
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        const names: (keyof SupportUnlockRequest)[] = ['tenant', 'username'];
        form.setFields(
          names.flatMap((name) =>
            error.fields[name] ? [{ name, errors: [error.fields[name]] }] : [],
          ),
        );
      },
    });

  return (
    <Card style={{ marginTop: 24 }}>
      <Typography.Title level={2}>Unlock an account</Typography.Title>
      <Typography.Paragraph>
        For a person locked out after too many failed sign-ins, in any organisation.
      </Typography.Paragraph>
      <Form
        form={form}
        name="supportUnlock"
        layout="vertical"
        requiredMark={false}
        initialValues={{ tenant }}
        onFinish={onFinish}
        onValuesChange={() => unlock.reset()}
      >
        <Space wrap align="start">
          <Form.Item
            label="Organisation sign-in code"
            name="tenant"
            rules={[{ required: true, whitespace: true, message: 'Enter the organisation.' }]}
          >
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Form.Item
            label="Username or email"
            name="username"
            rules={[{ required: true, whitespace: true, message: 'Enter the username or email.' }]}
          >
            <Input style={{ width: 280 }} />
          </Form.Item>
        </Space>
        {unlock.isSuccess && (
          <Alert
            type="success"
            showIcon
            title="Unlocked. They can sign in again."
            style={{ marginBottom: 16 }}
          />
        )}
        {unlock.isError && (
          <Alert type="error" showIcon title={unlock.error.message} style={{ marginBottom: 16 }} />
        )}
        <Button htmlType="submit" loading={unlock.isPending}>
          Unlock
        </Button>
      </Form>
    </Card>
  );
}
