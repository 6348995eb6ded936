import { Alert, Col, DatePicker, Form, Input, Modal, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useCreateChangeRequest } from '../../api/user-record';
import type { Address, UserRecord } from '../../api/user-types';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../components/dates';
import {
  LOCKED_ADDRESS_FIELDS,
  LOCKED_PERSON_FIELDS,
  type LockedPersonField,
} from '../../components/locked-field-labels';
import { blank } from '../../components/options';
import { showServerErrors } from '../../components/server-errors';

type Person = LockedPersonField;
type Line = keyof Address;

const PERSON = LOCKED_PERSON_FIELDS;
const ADDRESS = LOCKED_ADDRESS_FIELDS;

/** Named as the API names the fields (`requested.address.postcode`), so errors land on them. */
interface Values {
  requested: Partial<Record<Person, string | null>> & {
    dateOfBirth?: Dayjs | null;
    address?: Partial<Record<Line, string | null>>;
  };
  note: string;
}

const initialOf = (user: UserRecord): Values => ({
  requested: {
    firstName: user.firstName,
    surname: user.surname,
    email: user.email,
    mobile: user.mobile,
    dateOfBirth: fromIsoDate(user.dateOfBirth),
    address: { ...user.address },
  },
  note: '',
});

/** The values that differ from the learner's, by the API's field names. */
function changesOf(values: Values, user: UserRecord) {
  const changes: Record<string, string | null> = {};
  const compare = (key: string, asked: string | null, now: string | null) => {
    if (asked !== blank(now)) changes[key] = asked;
  };
  for (const [key] of PERSON) compare(key, blank(values.requested[key]), user[key]);
  compare('dateOfBirth', toIsoDate(values.requested.dateOfBirth), user.dateOfBirth);
  for (const [key] of ADDRESS)
    compare(`address.${key}`, blank(values.requested.address?.[key]), user.address[key]);
  return changes;
}

interface Props {
  user: UserRecord;
  open: boolean;
  onClose: () => void;
  onSent: () => void;
}

/** Asks for changes to locked details: only the details changed here are sent, with a note. */
export function ChangeRequestModal({ user, open, onClose, onSent }: Props) {
  const [form] = Form.useForm<Values>();
  const send = useCreateChangeRequest(user.id);
  const [problems, setProblems] = useState<string[]>([]);

  const submit = (values: Values) => {
    const requested = changesOf(values, user);
    if (Object.keys(requested).length === 0) {
      setProblems(['Change at least one of the details to ask for.']);
      return;
    }
    setProblems([]);
    send.mutate(
      { requested, note: values.note.trim() },
      { onSuccess: onSent, onError: (error) => setProblems(showServerErrors(form, error)) },
    );
  };

  const text = (name: (string | number)[], label: string) => (
    <Col xs={24} md={12} key={name.join('.')}>
      <Form.Item name={['requested', ...name]} label={label}>
        <Input autoComplete="off" />
      </Form.Item>
    </Col>
  );

  return (
    <Modal
      open={open}
      title="Request a change to locked details"
      okText="Send change request"
      onOk={() => form.submit()}
      confirmLoading={send.isPending}
      onCancel={onClose}
      afterClose={() => setProblems([])}
      destroyOnHidden
      width={720}
    >
      {/* Rendered inside the learner's form: this form's submit must not reach that one. */}
      <div onSubmit={(event) => event.stopPropagation()}>
        <p>Change the details below to what they should be; only the ones you change are sent.</p>
        {problems.length > 0 && (
          <Alert type="error" showIcon title={problems.join(' ')} className="form-alert" />
        )}
        <Form<Values>
          form={form}
          name="changeRequest"
          layout="vertical"
          initialValues={initialOf(user)}
          onFinish={submit}
        >
          <Row gutter={16}>
            {PERSON.map(([key, label]) => text([key], label))}
            <Col xs={24} md={12}>
              <Form.Item name={['requested', 'dateOfBirth']} label="Date of birth">
                <DatePicker
                  format={DATE_FORMAT}
                  placeholder="dd/mm/yyyy"
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            {ADDRESS.map(([key, label]) => text(['address', key], label))}
          </Row>
          <Form.Item
            name="note"
            label="Why the change is needed"
            rules={[{ required: true, whitespace: true, message: 'Say why the change is needed.' }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
