import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { type NewContact, useCreateContact } from '../../api/organisations';
import { blank } from '../../components/options';
import { showServerErrors } from '../../components/server-errors';

interface Props {
  open: boolean;
  referrer: { id: number; name: string } | null;
  onClose: () => void;
  onCreated: (contactId: number) => void;
}

/** Adds a contact to the referrer: saved at once, for every learner, whatever this form does. */
export function NewContactModal({ open, referrer, onClose, onCreated }: Props) {
  const [form] = Form.useForm<NewContact>();
  const create = useCreateContact();
  const [problems, setProblems] = useState<string[]>([]);

  const submit = (values: NewContact) => {
    if (!referrer) return;
    const body = {
      name: (values.name ?? '').trim(),
      email: blank(values.email),
      phone: blank(values.phone),
    };
    create.mutate(
      { organisationId: referrer.id, body },
      {
        onSuccess: ({ id }) => onCreated(id),
        onError: (error) => setProblems(showServerErrors(form, error)),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={`New contact at ${referrer?.name ?? 'the referrer'}`}
      okText="Create contact"
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      onCancel={onClose}
      afterClose={() => {
        setProblems([]);
        create.reset();
      }}
      destroyOnHidden
    >
      <div onSubmit={(event) => event.stopPropagation()}>
        {problems.length > 0 && (
          <Alert type="error" showIcon title={problems.join(' ')} className="form-alert" />
        )}
        <Form form={form} name="newContact" layout="vertical" onFinish={submit}>
          <Form.Item
            name="name"
            label="Name"
            rules={[
              { required: true, whitespace: true, message: 'Enter the contact’s name.' },
              { max: 200, message: 'Use at most 200 characters.' },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="email"
            label="Email"
            rules={[{ max: 320, message: 'Use at most 320 characters.' }]}
          >
            <Input inputMode="email" autoComplete="off" spellCheck={false} />
          </Form.Item>
          <Form.Item
            name="phone"
            label="Phone"
            rules={[{ max: 30, message: 'Use at most 30 characters.' }]}
          >
            <Input type="tel" autoComplete="off" />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
