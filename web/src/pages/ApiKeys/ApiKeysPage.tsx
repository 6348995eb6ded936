import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import {
  type ApiKey,
  type CreatedApiKey,
  useApiKeys,
  useCreateApiKey,
  useRevokeApiKey,
} from '../../api/api-keys';
import { ApiError } from '../../api/client';
import { isPlatformSupport } from '../../components/admin-role';
import { useCurrentSession } from '../../components/current-session';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { ApiKeysTable } from './ApiKeysTable';
import { NewKeyNotice } from './NewKeyNotice';

/** An administrator's keys for programs that call the Roster API on their behalf. */
export function ApiKeysPage() {
  usePageTitle('API keys');
  const { user } = useCurrentSession();
  const keys = useApiKeys();
  const create = useCreateApiKey();
  const revoke = useRevokeApiKey();
  const [form] = Form.useForm<{ name: string }>();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const canCreate = !isPlatformSupport(user.adminRole);

  const onCreate = ({ name }: { name: string }) => {
    setProblem(null);
    create.mutate(name.trim(), {
      onSuccess: (key) => {
        setCreated(key);
        form.resetFields();
      },
      onError: (error) => {
        const field = error instanceof ApiError ? error.fields.name : undefined;
        if (field) form.setFields([{ name: 'name', errors: [field] }]);
        else setProblem(error.message);
      },
    });
  };

  const onRevoke = (key: ApiKey) => {
    setProblem(null);
    revoke.mutate(key.id, { onError: (error) => setProblem(error.message) });
  };

  return (
    <>
      <PageHeading title="API keys" />
      <Typography.Paragraph>
        A program can call the Roster API with a key instead of signing in. The key acts as you: it
        sees the groups you can see and may do what you may do. Send it in the header{' '}
        <Typography.Text code>Authorization: Bearer &lt;key&gt;</Typography.Text>.
      </Typography.Paragraph>

      {created && <NewKeyNotice created={created} onDone={() => setCreated(null)} />}

      {canCreate ? (
        <Card style={{ marginBottom: 24 }}>
          <Typography.Title level={2}>Create a key</Typography.Title>
          <Form
            form={form}
            name="createApiKey"
            layout="inline"
            className="api-key-form"
            onFinish={onCreate}
          >
            <Form.Item
              label="Key name"
              name="name"
              rules={[
                { required: true, whitespace: true, message: 'Name the key.' },
                { max: 100, message: 'Keep the name to 100 characters.' },
              ]}
            >
              <Input
                placeholder="For example, nightly HR sync"
                maxLength={100}
                className="api-key-name"
              />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={create.isPending}>
                Create key
              </Button>
            </Form.Item>
          </Form>
        </Card>
      ) : (
        <Alert
          type="info"
          showIcon
          title="Only standard administrators can create API keys: a key acts with its creator's groups, and platform support has none."
          style={{ marginBottom: 24 }}
        />
      )}

      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      {keys.isError && (
        <Alert type="error" showIcon title={keys.error.message} style={{ marginBottom: 16 }} />
      )}
      <Typography.Title level={2}>Your keys</Typography.Title>
      <ApiKeysTable
        keys={keys.data?.items}
        loading={keys.isPending}
        revokingId={revoke.isPending ? (revoke.variables ?? null) : null}
        onRevoke={onRevoke}
      />
    </>
  );
}
