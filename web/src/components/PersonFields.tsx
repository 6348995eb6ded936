/** The person's own details, as fields both learner forms use. */
import { DatePicker, Form, Input, Radio } from 'antd';
import dayjs from 'dayjs';
import { GENDERS, type Gender } from '../api/user-types';
import { DATE_FORMAT } from './dates';

interface FieldProps {
  disabled?: boolean;
}

export const NAME_MAX = 50;

const genderLabels: Record<Gender, string> = { male: 'Male', female: 'Female' };
const genderOptions = GENDERS.map((value) => ({ value, label: genderLabels[value] }));

export function NameField({
  name,
  label,
  disabled,
}: FieldProps & {
  name: 'firstName' | 'surname';
  label: string;
}) {
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[
        { required: true, whitespace: true, message: `Enter the ${label.toLowerCase()}.` },
        { max: NAME_MAX, message: `Use at most ${NAME_MAX} characters.` },
      ]}
    >
      <Input disabled={disabled} autoComplete="off" />
    </Form.Item>
  );
}

/** Gender: mandatory on Add user ("Gender (M)"), optional on Edit User. */
export function GenderField({ disabled, required = false }: FieldProps & { required?: boolean }) {
  return (
    <Form.Item
      name="gender"
      label="Gender"
      rules={[{ required, message: 'Choose Male or Female.' }]}
    >
      <Radio.Group aria-label="Gender" disabled={disabled} options={genderOptions} />
    </Form.Item>
  );
}

export function EmailField({
  required,
  disabled,
  help,
}: FieldProps & {
  required: boolean;
  help?: string;
}) {
  return (
    <Form.Item
      name="email"
      label="Email"
      extra={help}
      rules={[
        { required, whitespace: true, message: 'Enter the email address.' },
        { max: 320, message: 'Use at most 320 characters.' },
      ]}
    >
      <Input inputMode="email" disabled={disabled} autoComplete="off" spellCheck={false} />
    </Form.Item>
  );
}

export function MobileField({ required, disabled }: FieldProps & { required: boolean }) {
  return (
    <Form.Item
      name="mobile"
      label="Mobile"
      extra="Digits and spaces, with a + at the start for an international number."
      rules={[
        { required, whitespace: true, message: 'Enter the mobile number.' },
        { max: 30, message: 'Use at most 30 characters.' },
      ]}
    >
      <Input type="tel" disabled={disabled} autoComplete="off" />
    </Form.Item>
  );
}

/** The day the subscription ends; after it the account expires. Empty: it does not end by date. */
export function SubscriptionEndField() {
  return (
    <Form.Item
      name="subscriptionEndsOn"
      label="Subscription end date"
      extra="dd/mm/yyyy. After this day the account expires; leave empty for no end date."
    >
      <DatePicker
        format={DATE_FORMAT}
        disabledDate={(day) => day.isBefore(dayjs(), 'day')}
        placeholder="dd/mm/yyyy"
        style={{ width: '100%' }}
      />
    </Form.Item>
  );
}

export function DateOfBirthField({ disabled }: FieldProps) {
  return (
    <Form.Item name="dateOfBirth" label="Date of birth" extra="dd/mm/yyyy">
      <DatePicker
        format={DATE_FORMAT}
        disabled={disabled}
        disabledDate={(day) => day.isAfter(dayjs(), 'day')}
        placeholder="dd/mm/yyyy"
        style={{ width: '100%' }}
      />
    </Form.Item>
  );
}
