import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import {
  type NewOrganisation,
  type OrganisationSummary,
  type OrganisationType,
  useCreateOrganisation,
  useUpdateOrganisation,
} from '../api/organisations';
import { AddressFields } from './AddressFields';
import { UNITED_KINGDOM } from './countries';
import { blank } from './options';
import { showServerErrors } from './server-errors';

export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, string> = {
  own: 'Your organisation',
  training: 'Training provider',
  employer: 'Employer',
  referrer: 'Referrer',
};

type Mode =
  | { kind: 'create'; type: OrganisationType; typeFixed?: boolean }
  | { kind: 'edit'; organisation: OrganisationSummary };

interface Props {
  open: boolean;
  mode: Mode;
  title: string;
  onClose: () => void;
  onSaved: (saved: { id: number; addressId: number | null }) => void;
  /** Said above the fields, such as how managers and mentors come to the new employer. */
  intro?: string;
}

interface Values {
  name?: string;
  type?: OrganisationType;
  ukprn?: string;
  mainAimRegistrationNumber?: string;
  address?: NonNullable<NewOrganisation['address']>;
}

const PROVIDERS: OrganisationType[] = ['own', 'training'];
const typeOptions = Object.entries(ORGANISATION_TYPE_LABELS).map(([value, label]) => ({
  value,
  label,
}));

/** The address, when any of it was typed (the server then asks for postcode and address 1). */
function addressOf(values: Values['address']) {
  if (!values) return null;
  const lines = ['postcode', 'line1', 'line2', 'town', 'county'] as const;
  if (lines.every((key) => !blank(values[key]))) return null;
  return {
    postcode: blank(values.postcode),
    line1: blank(values.line1),
    line2: blank(values.line2),
    town: blank(values.town),
    county: blank(values.county),
    country: blank(values.country),
  };
}

/**
 * Creates an organisation (with an optional first address, Lookup beside its postcode) or edits
 * one's name, UKPRN and Main Aim Registration Number. Saved at once, whatever the page around
 * it then does.
 */
export function OrganisationModal({ open, mode, title, onClose, onSaved, intro }: Props) {
  const [form] = Form.useForm<Values>();
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();
  const [problems, setProblems] = useState<string[]>([]);
  const chosenType = Form.useWatch('type', form);
  const type = mode.kind === 'edit' ? mode.organisation.type : (chosenType ?? mode.type);
  const initial: Values =
    mode.kind === 'edit'
      ? {
          name: mode.organisation.name,
          ukprn: mode.organisation.ukprn ?? undefined,
          mainAimRegistrationNumber: mode.organisation.mainAimRegistrationNumber ?? undefined,
        }
      : { type: mode.type, address: { country: UNITED_KINGDOM } };

  const fail = (error: unknown) => setProblems(showServerErrors(form, error));
  const submit = (values: Values) => {
    setProblems([]);
    const fields = {
      name: blank(values.name),
      ukprn: PROVIDERS.includes(type) ? blank(values.ukprn) : null,
      mainAimRegistrationNumber:
        type === 'employer' ? blank(values.mainAimRegistrationNumber) : null,
    };
    if (mode.kind === 'edit')
      update.mutate(
        {
          organisationId: mode.organisation.id,
          body: { version: mode.organisation.version, ...fields },
        },
        { onSuccess: (saved) => onSaved({ id: saved.id, addressId: null }), onError: fail },
      );
    else
      create.mutate(
        { type, ...fields, address: addressOf(values.address) },
        {
          onSuccess: (saved) => onSaved({ id: saved.id, addressId: saved.addressId }),
          onError: fail,
        },
      );
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={mode.kind === 'edit' ? 'Save' : 'Create'}
      onOk={() => form.submit()}
      confirmLoading={create.isPending || update.isPending}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        setProblems([]);
        create.reset();
        update.reset();
      }}
      destroyOnHidden
      width={720}
    >
      {/* The modal may sit inside another form (the learner's); its submit must stay here. */}
      <div onSubmit={(event) => event.stopPropagation()}>
        {intro && <Typography.Paragraph>{intro}</Typography.Paragraph>}
        {problems.length > 0 && (
          <Alert type="error" showIcon title={problems.join(' ')} className="form-alert" />
        )}
        <Form
          form={form}
          name="organisation"
          layout="vertical"
          initialValues={initial}
          onFinish={submit}
        >
          <Form.Item
            name="name"
            label={type === 'employer' ? 'Employer name' : 'Name'}
            rules={[
              { required: true, whitespace: true, message: 'Enter the name of the organisation.' },
              { max: 200, message: 'Use at most 200 characters.' },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          {mode.kind === 'create' && !mode.typeFixed && (
            <Form.Item name="type" label="Kind of organisation" rules={[{ required: true }]}>
              <Select options={typeOptions} />
            </Form.Item>
          )}
          {PROVIDERS.includes(type) && (
            <Form.Item
              name="ukprn"
              label="UKPRN"
              extra="UK Provider Reference Number: 8 digits starting with 1."
              rules={[
                {
                  pattern: /^\s*1\d{7}\s*$/,
                  message: 'Enter 8 digits starting with 1, like 10001234.',
                },
              ]}
            >
              <Input autoComplete="off" inputMode="numeric" />
            </Form.Item>
          )}
          {type === 'employer' && (
            <Form.Item
              name="mainAimRegistrationNumber"
              label="Main Aim Registration Number"
              extra="Enter it if it applies."
              rules={[{ max: 50, message: 'Use at most 50 characters.' }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          )}
          {mode.kind === 'create' && (
            <>
              <Typography.Paragraph strong>Address (optional)</Typography.Paragraph>
              <AddressFields prefix="address" settingOf={() => 'visible'} />
            </>
          )}
        </Form>
      </div>
    </Modal>
  );
}
