import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import {
  type NewAddress,
  type NewContact,
  type OrganisationAddress,
  type OrganisationContact,
  useUpdateAddress,
  useUpdateContact,
} from '../../api/organisations';
import { AddressFields, type AddressKey } from '../../components/AddressFields';
import { blank } from '../../components/options';
import { showServerErrors } from '../../components/server-errors';

export type Part =
  | { kind: 'address'; address: OrganisationAddress }
  | { kind: 'contact'; contact: OrganisationContact };

const setting = (key: AddressKey) =>
  key === 'postcode' || key === 'line1' ? 'mandatory' : 'visible';

/** Corrects one address or contact of an organisation; learners using it read the new one. */
export function CorrectPartModal({
  organisationId,
  part,
  onClose,
}: {
  organisationId: number;
  part: Part | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<NewAddress & NewContact>();
  const address = useUpdateAddress();
  const contact = useUpdateContact();
  const [problems, setProblems] = useState<string[]>([]);
  const pending = address.isPending || contact.isPending;
  const handlers = {
    onSuccess: onClose,
    onError: (error: Error) => setProblems(showServerErrors(form, error)),
  };

  const submit = (values: NewAddress & NewContact) => {
    setProblems([]);
    if (part?.kind === 'address')
      address.mutate(
        {
          organisationId,
          partId: part.address.id,
          body: {
            postcode: (values.postcode ?? '').trim(),
            line1: (values.line1 ?? '').trim(),
            line2: blank(values.line2),
            town: blank(values.town),
            county: blank(values.county),
            country: blank(values.country),
          },
        },
        handlers,
      );
    if (part?.kind === 'contact')
      contact.mutate(
        {
          organisationId,
          partId: part.contact.id,
          body: {
            name: (values.name ?? '').trim(),
            email: blank(values.email),
            phone: blank(values.phone),
          },
        },
        handlers,
      );
  };

  return (
    <Modal
      open={part !== null}
      title={part?.kind === 'contact' ? 'Correct the contact' : 'Correct the address'}
      okText="Save"
      onOk={() => form.submit()}
      confirmLoading={pending}
      onCancel={onClose}
      afterClose={() => setProblems([])}
      destroyOnHidden
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join(' ')} className="form-alert" />
      )}
      <Form
        form={form}
        name="correctPart"
        layout="vertical"
        preserve={false}
        initialValues={part?.kind === 'address' ? part.address : part?.contact}
        onFinish={submit}
      >
        {part?.kind === 'address' && <AddressFields settingOf={setting} />}
        {part?.kind === 'contact' && (
          <>
            <Form.Item
              name="name"
              label="Name"
              rules={[{ required: true, whitespace: true, message: 'Enter the contact’s name.' }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name="email" label="Email">
              <Input inputMode="email" autoComplete="off" spellCheck={false} />
            </Form.Item>
            <Form.Item name="phone" label="Phone">
              <Input type="tel" autoComplete="off" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
