import {
  Alert,
  Button,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
} from 'antd';
import { useState } from 'react';
import {
  ADVICE_PACK_LABELS,
  CUSTOM_FIELD_KINDS,
  type CustomFieldKind,
  PROGRAMME_TYPE_LABELS,
  PROGRAMME_TYPES,
  type Programme,
  useCreateProgramme,
  useUpdateProgramme,
} from '../../api/programmes';
import { ADVICE_PACKS, type AdvicePack } from '../../api/user-types';
import { GroupTreeSelect } from '../../components/GroupTreeSelect';
import { showServerErrors } from '../../components/server-errors';
import {
  newProgrammeValues,
  type ProgrammeValues,
  referenceExample,
  toProgrammeRequest,
  toProgrammeValues,
} from './programme-values';

const KIND_LABELS: Record<CustomFieldKind, string> = {
  text: 'Text',
  date: 'Date',
  choice: 'Choice from a list',
};

/** One custom field of the programme: its name, kind, options (for a choice), and whether required. */
function CustomFieldRow({ index, onRemove }: { index: number; onRemove: () => void }) {
  const kind = Form.useWatch<CustomFieldKind | undefined>(['customFields', index, 'kind']);
  const n = index + 1;
  return (
    <fieldset
      className="custom-field-row"
      style={{ border: '1px solid #d9d9d9', padding: 12, marginBottom: 12 }}
    >
      <legend style={{ fontSize: 14, width: 'auto', marginBottom: 0 }}>Custom field {n}</legend>
      <Form.Item name={[index, 'key']} hidden>
        <Input />
      </Form.Item>
      <Form.Item
        name={[index, 'label']}
        label={`Name of field ${n}`}
        rules={[{ required: true, whitespace: true, message: 'Enter the field name.' }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name={[index, 'kind']} label={`Kind of field ${n}`}>
        <Select
          aria-label={`Kind of field ${n}`}
          options={CUSTOM_FIELD_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))}
        />
      </Form.Item>
      {kind === 'choice' && (
        <Form.Item
          name={[index, 'options']}
          label={`Options of field ${n}`}
          extra="One option a line, in the order the learner form lists them."
          // The options are a list; the box shows them one a line.
          getValueProps={(value: string[] | undefined) => ({ value: (value ?? []).join('\n') })}
          normalize={(text: string) => text.split('\n')}
          rules={[
            {
              validator: async (_, value: string[] | undefined) => {
                if (!(value ?? []).some((option) => option.trim()))
                  throw new Error('Give a choice field at least one option.');
              },
            },
          ]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      )}
      <Space>
        <Form.Item name={[index, 'mandatory']} valuePropName="checked" noStyle>
          <Checkbox>Required</Checkbox>
        </Form.Item>
        <Button size="small" danger onClick={onRemove} aria-label={`Remove field ${n}`}>
          Remove
        </Button>
      </Space>
    </fieldset>
  );
}

/** Add or edit a programme, in a dialog. */
export function ProgrammeDialog({
  editing,
  onClose,
}: {
  editing: Programme | 'new';
  onClose: (message?: string) => void;
}) {
  const [form] = Form.useForm<ProgrammeValues>();
  const create = useCreateProgramme();
  const update = useUpdateProgramme();
  const [banner, setBanner] = useState<string[]>([]);
  const isNew = editing === 'new';
  const numbered = Form.useWatch('numbered', form);
  const prefix = Form.useWatch(['referenceTemplate', 'prefix'], form);
  const digits = Form.useWatch(['referenceTemplate', 'digits'], form);
  const packs = Form.useWatch<AdvicePack[] | undefined>('advicePacks', form) ?? [];

  const submit = async (values: ProgrammeValues) => {
    setBanner([]);
    try {
      const request = toProgrammeRequest(values);
      const saved = isNew
        ? await create.mutateAsync(request)
        : await update.mutateAsync({ id: editing.id, version: editing.version, ...request });
      onClose(isNew ? `Programme ${saved.name} was added.` : `Programme ${saved.name} was saved.`);
    } catch (error) {
      setBanner(showServerErrors(form, error));
    }
  };

  const example = referenceExample(prefix, digits);
  return (
    <Modal
      open
      width={640}
      title={isNew ? 'Add programme' : `Edit ${editing.name}`}
      okText={isNew ? 'Add programme' : 'Save'}
      onOk={() => form.submit()}
      confirmLoading={create.isPending || update.isPending}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      {banner.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={banner.join(' ')} />
      )}
      <Form<ProgrammeValues>
        name="programme"
        form={form}
        layout="vertical"
        initialValues={isNew ? newProgrammeValues : toProgrammeValues(editing)}
        onFinish={submit}
      >
        <Form.Item
          name="name"
          label="Name"
          rules={[{ required: true, whitespace: true, message: 'Enter the programme name.' }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="type" label="Type">
          <Radio.Group
            aria-label="Type"
            options={PROGRAMME_TYPES.map((value) => ({
              value,
              label: PROGRAMME_TYPE_LABELS[value],
            }))}
          />
        </Form.Item>
        <Form.Item
          name="groupIds"
          label="Offered on groups"
          extra="Learners in these groups (and the groups beneath them) can be given the programme. Only groups within your access can be chosen."
          rules={[{ required: true, message: 'Choose at least one group to offer it on.' }]}
        >
          <GroupTreeSelect aria-label="Offered on groups" />
        </Form.Item>

        <Form.Item name="numbered" valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox>Number learners from a reference template</Checkbox>
        </Form.Item>
        {numbered && (
          <Space align="start" wrap>
            <Form.Item
              name={['referenceTemplate', 'prefix']}
              label="Prefix"
              extra="Letters, digits and - _ / . (no spaces)"
              rules={[
                { max: 20, message: 'At most 20 characters.' },
                {
                  pattern: /^[A-Za-z0-9\-_/.]*$/,
                  message: 'Letters, digits and - _ / . only (no spaces).',
                },
              ]}
            >
              <Input autoComplete="off" style={{ width: 200 }} />
            </Form.Item>
            <Form.Item
              name={['referenceTemplate', 'digits']}
              label="Number of digits"
              extra={example ? `The first learner gets ${example}.` : '1 to 12'}
              rules={[{ required: true, message: 'Enter the number of digits (1 to 12).' }]}
            >
              <InputNumber min={1} max={12} precision={0} style={{ width: 160 }} />
            </Form.Item>
          </Space>
        )}
        {numbered && (
          <p className="form-note">
            A learner who gets the programme without a reference number is given the next number.
            Numbers already given, or typed by hand, are kept when the template changes.
          </p>
        )}

        <Form.Item
          name="advicePacks"
          label="Advice packs"
          extra="None ticked: advice is off for this programme."
        >
          <Checkbox.Group
            aria-label="Advice packs"
            options={ADVICE_PACKS.map((value) => ({ value, label: ADVICE_PACK_LABELS[value] }))}
          />
        </Form.Item>
        {packs.length > 1 && (
          <Form.Item
            name="defaultAdvicePack"
            label="Default advice pack"
            rules={[{ required: true, message: 'Choose the default pack.' }]}
          >
            <Radio.Group
              aria-label="Default advice pack"
              options={packs.map((value) => ({ value, label: ADVICE_PACK_LABELS[value] }))}
            />
          </Form.Item>
        )}

        <h2 style={{ fontSize: 15 }}>Custom fields on the learner</h2>
        <Form.List name="customFields">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row) => (
                <CustomFieldRow key={row.key} index={row.name} onRemove={() => remove(row.name)} />
              ))}
              <Button
                onClick={() => add({ label: '', kind: 'text', options: [], mandatory: false })}
              >
                Add custom field
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
