import { Alert, Button, Card, Form, Input, Table } from 'antd';
import { useState } from 'react';
import { SLUG_MESSAGE, SLUG_PATTERN } from '../../../../src/domain/tenant-slug';
import {
  type CreatedTenant,
  type TenantSummary,
  useCreateTenant,
  useTenants,
} from '../../api/tenants';
import { formatDate } from '../../components/dates';
import { PageHeading } from '../../components/PageHeading';
import { showServerErrors } from '../../components/server-errors';
import { usePageTitle } from '../../components/usePageTitle';

interface Values {
  slug: string;
  name: string;
  firstAdministrator: { firstName: string; surname: string; email: string };
}

/** Platform support: every tenant, and a form that creates one with its first administrator. */
export function TenantsPage() {
  usePageTitle('Tenants');
  const tenants = useTenants();
  const create = useCreateTenant();
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string[]>([]);
  const [created, setCreated] = useState<CreatedTenant | null>(null);

  const submit = async (values: Values) => {
    setBanner([]);
    setCreated(null);
    try {
      const tenant = await create.mutateAsync(values);
      setCreated(tenant);
      form.resetFields();
    } catch (error) {
      setBanner(showServerErrors(form, error));
    }
  };

  return (
    <>
      <PageHeading title="Tenants" />
      {tenants.isError && <Alert type="error" showIcon title={tenants.error.message} />}
      <Table<TenantSummary>
        rowKey="id"
        size="small"
        loading={tenants.isPending}
        dataSource={tenants.data?.items ?? []}
        pagination={false}
        style={{ marginBottom: 24 }}
        columns={[
          { title: 'Sign-in code', dataIndex: 'slug' },
          { title: 'Name', dataIndex: 'name' },
          { title: 'Administrators', dataIndex: 'administrators', align: 'right' },
          { title: 'Users', dataIndex: 'users', align: 'right' },
          {
            title: 'Created',
            dataIndex: 'createdAt',
            render: (value: string) => formatDate(value),
          },
        ]}
      />
      <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>Add a tenant</h2>}>
        {created && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            title={`Tenant "${created.slug}" created.`}
            description={`${created.firstAdministrator.email} has been invited by email to activate their account and set the tenant up.`}
          />
        )}
        {banner.length > 0 && (
          <Alert type="error" showIcon style={{ marginBottom: 16 }} title={banner.join(' ')} />
        )}
        <Form<Values>
          name="newTenant"
          form={form}
          layout="vertical"
          onFinish={submit}
          style={{ maxWidth: 480 }}
        >
          <Form.Item
            name="slug"
            label="Sign-in code (slug)"
            extra="Lowercase letters, digits and hyphens; people type it when they sign in."
            rules={[
              { required: true, message: 'Enter a slug.' },
              { pattern: SLUG_PATTERN, message: SLUG_MESSAGE },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="name"
            label="Name"
            rules={[{ required: true, message: 'Enter a name.' }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <h3 style={{ fontSize: 14 }}>First administrator</h3>
          <Form.Item
            name={['firstAdministrator', 'firstName']}
            label="First name"
            rules={[{ required: true, message: 'Enter the first name.' }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            name={['firstAdministrator', 'surname']}
            label="Surname"
            rules={[{ required: true, message: 'Enter the surname.' }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            name={['firstAdministrator', 'email']}
            label="Email"
            rules={[{ required: true, message: 'Enter the email address.' }]}
          >
            <Input type="email" autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            Create tenant and invite
          </Button>
        </Form>
      </Card>
    </>
  );
}
