import { Alert, Button, Checkbox, Form, Input, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import {
  type Administrator,
  type CreateAdministratorRequest,
  useAdministrators,
  useCreateAdministrator,
  useDeactivateAdministrator,
  useInviteAdministrator,
  useUpdateAdministrator,
} from '../../api/administrators';
import type { SubscriptionStatus } from '../../api/types';
import { GroupTreeSelect } from '../../components/GroupTreeSelect';
import { PageHeading } from '../../components/PageHeading';
import { StatusTag } from '../../components/StatusTag';
import { showServerErrors } from '../../components/server-errors';
import { usePageTitle } from '../../components/usePageTitle';

type Values = CreateAdministratorRequest;

/** Add or edit one administrator, in a dialog. */
function AdministratorDialog({
  editing,
  onClose,
}: {
  editing: Administrator | 'new';
  onClose: (message?: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const create = useCreateAdministrator();
  const update = useUpdateAdministrator();
  const [banner, setBanner] = useState<string[]>([]);
  const isNew = editing === 'new';
  const initial: Partial<Values> = isNew
    ? { invite: true, groupIds: [] }
    : {
        title: editing.title,
        firstName: editing.firstName,
        surname: editing.surname,
        email: editing.email ?? '',
        mobile: editing.mobile,
        groupIds: editing.groupIds,
      };
  const submit = async (values: Values) => {
    setBanner([]);
    try {
      if (isNew) {
        const saved = await create.mutateAsync(values);
        onClose(
          saved.subscriptionStatus === 'Invited'
            ? `${saved.firstName} ${saved.surname} was added and invited by email.`
            : `${saved.firstName} ${saved.surname} was added.`,
        );
      } else {
        const { invite: _invite, ...change } = values;
        const saved = await update.mutateAsync({
          id: editing.id,
          version: editing.version,
          ...change,
        });
        onClose(`${saved.firstName} ${saved.surname} was saved.`);
      }
    } catch (error) {
      setBanner(showServerErrors(form, error));
    }
  };
  return (
    <Modal
      open
      title={isNew ? 'Add administrator' : `Edit ${editing.firstName} ${editing.surname}`}
      okText={isNew ? 'Add administrator' : 'Save'}
      onOk={() => form.submit()}
      confirmLoading={create.isPending || update.isPending}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      {banner.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={banner.join(' ')} />
      )}
      <Form<Values>
        name="administrator"
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={submit}
      >
        <Form.Item name="title" label="Title">
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="firstName"
          label="First name"
          rules={[{ required: true, message: 'Enter the first name.' }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="surname"
          label="Surname"
          rules={[{ required: true, message: 'Enter the surname.' }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="email"
          label="Email"
          rules={[{ required: true, message: 'Enter the email address.' }]}
        >
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="mobile" label="Mobile">
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="groupIds"
          label="Groups they can access"
          extra="Access to a group covers every group beneath it. You can give only groups within your own access."
          rules={[{ required: true, message: 'Choose at least one group.' }]}
        >
          <GroupTreeSelect aria-label="Groups they can access" />
        </Form.Item>
        {isNew && (
          <Form.Item name="invite" valuePropName="checked">
            <Checkbox>Send the invitation email now</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** Standard administrators the signed-in administrator can see, with add, edit, invite, deactivate. */
export function AdministratorsPage() {
  usePageTitle('Administrators');
  const list = useAdministrators();
  const deactivate = useDeactivateAdministrator();
  const invite = useInviteAdministrator();
  const [editing, setEditing] = useState<Administrator | 'new' | null>(null);
  const [message, setMessage] = useState<{ type: 'success' | 'error'; text: string } | null>(null);

  const act = async (work: () => Promise<unknown>, done: string) => {
    setMessage(null);
    try {
      await work();
      setMessage({ type: 'success', text: done });
    } catch (error) {
      setMessage({ type: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <>
      <PageHeading title="Administrators" />
      <p>
        Administrators manage the users of the groups they can access. A case owner is an
        administrator: add one here before choosing them on a learner.
      </p>
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => setEditing('new')}>
          Add administrator
        </Button>
      </Space>
      {message && (
        <Alert type={message.type} showIcon style={{ marginBottom: 16 }} title={message.text} />
      )}
      {list.isError && <Alert type="error" showIcon title={list.error.message} />}
      <Table<Administrator>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={false}
        columns={[
          {
            title: 'Name',
            key: 'name',
            render: (_, admin) => `${admin.firstName} ${admin.surname}`,
          },
          { title: 'Email', dataIndex: 'email' },
          {
            title: 'Status',
            dataIndex: 'subscriptionStatus',
            render: (status: SubscriptionStatus) => <StatusTag status={status} />,
          },
          {
            title: 'Groups they can access',
            key: 'groups',
            render: (_, admin) =>
              admin.groups.length === 0
                ? 'No groups'
                : admin.groups.map((group) => <Tag key={group.id}>{group.label}</Tag>),
          },
          {
            title: 'Actions',
            key: 'actions',
            render: (_, admin) => (
              <Space size="small" wrap>
                {admin.actions.edit && (
                  <Button
                    size="small"
                    onClick={() => setEditing(admin)}
                    aria-label={`Edit ${admin.firstName} ${admin.surname}`}
                  >
                    Edit
                  </Button>
                )}
                {admin.actions.invite && (
                  <Button
                    size="small"
                    aria-label={`Invite ${admin.firstName} ${admin.surname}`}
                    onClick={() =>
                      act(() => invite.mutateAsync(admin.id), `Invitation sent to ${admin.email}.`)
                    }
                  >
                    Invite
                  </Button>
                )}
                {admin.actions.deactivate && (
                  <Button
                    size="small"
                    danger
                    aria-label={`Deactivate ${admin.firstName} ${admin.surname}`}
                    onClick={() =>
                      act(
                        () => deactivate.mutateAsync(admin.id),
                        `${admin.firstName} ${admin.surname} was deactivated.`,
                      )
                    }
                  >
                    Deactivate
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <AdministratorDialog
          editing={editing}
          onClose={(text) => {
            setEditing(null);
            if (text) setMessage({ type: 'success', text });
          }}
        />
      )}
    </>
  );
}
