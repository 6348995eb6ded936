import { Alert, Form, Modal } from 'antd';
import { useState } from 'react';
import { type NewAddress, useCreateAddress } from '../api/organisations';
import { AddressFields, type AddressKey } from './AddressFields';
import { UNITED_KINGDOM } from './countries';
import { blank } from './options';
import { showServerErrors } from './server-errors';

interface Props {
  open: boolean;
  /** The organisation the address belongs to, and how the page calls it ("employer"). */
  organisation: { id: number; role: string } | null;
  onClose: () => void;
  onCreated: (addressId: number) => void;
}

const setting = (key: AddressKey) =>
  key === 'postcode' || key === 'line1' ? 'mandatory' : 'visible';

/**
 * Adds an address to an organisation. It is saved at once, for every learner, even if the
 * learner's form is then left without saving.
 */
export function NewAddressModal({ open, organisation, onClose, onCreated }: Props) {
  const [form] = Form.useForm<NewAddress>();
  const create = useCreateAddress();
  const [problems, setProblems] = useState<string[]>([]);

  const submit = (values: NewAddress) => {
    if (!organisation) return;
    const body: NewAddress = {
      postcode: (values.postcode ?? '').trim(),
      line1: (values.line1 ?? '').trim(),
      line2: blank(values.line2),
      town: blank(values.town),
      county: blank(values.county),
      country: blank(values.country),
    };
    create.mutate(
      { organisationId: organisation.id, body },
      {
        onSuccess: ({ id }) => {
          form.resetFields();
          onCreated(id);
        },
        onError: (error) => setProblems(showServerErrors(form, error)),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={`New ${organisation?.role ?? ''} address`}
      okText="Create address"
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        setProblems([]);
        create.reset();
      }}
      destroyOnHidden
    >
      {/* The modal is rendered inside the learner's form; its submit must not reach that form. */}
      <div onSubmit={(event) => event.stopPropagation()}>
        {problems.length > 0 && (
          <Alert type="error" showIcon title={problems.join(' ')} className="form-alert" />
        )}
        <Form
          form={form}
          name="newAddress"
          layout="vertical"
          initialValues={{ country: UNITED_KINGDOM }}
          onFinish={submit}
        >
          <AddressFields settingOf={setting} />
        </Form>
      </div>
    </Modal>
  );
}
