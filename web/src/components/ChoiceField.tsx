import { Form, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import { type ReactNode, useId } from 'react';
import type { FieldSetting } from '../api/learners';
import type { Option } from './options';

/** A required rule when the tenant makes the field mandatory (which also marks the label). */
export const requiredWhen = (setting: FieldSetting, label: string): Rule[] =>
  setting === 'mandatory' ? [{ required: true, message: `Enter the ${label.toLowerCase()}.` }] : [];

export const chooseWhen = (setting: FieldSetting, label: string): Rule[] =>
  setting === 'mandatory'
    ? [{ required: true, message: `Choose the ${label.toLowerCase()}.` }]
    : [];

interface Props {
  name: string | (string | number)[];
  label: string;
  setting?: FieldSetting;
  options: Option[] | string[];
  loading?: boolean;
  disabled?: boolean;
  placeholder?: string;
  help?: ReactNode;
  /** Shown beside the dropdown, such as a button that adds an entry. */
  addon?: ReactNode;
  onChange?: (value: number | string | null) => void;
  /** How a stored value missing from the options is named (instead of its bare id). */
  unavailableLabel?: string;
}

type Value = number | string | null | undefined;

/** The options, plus the field's value when the list lacks it, so no bare id is ever shown. */
function withValue(options: Option[] | string[], value: Value, unavailable: string) {
  const list = options.map((option) =>
    typeof option === 'string' ? { value: option, label: option } : option,
  );
  if (value === null || value === undefined || list.some((one) => one.value === value)) return list;
  return [...list, { value, label: unavailable }];
}

/** A searchable dropdown that the tenant may hide, show, or make mandatory. */
export function ChoiceField(props: Props) {
  const { name, label, setting = 'visible', addon } = props;
  const id = useId();
  const value = Form.useWatch<Value>(name);
  if (setting === 'hidden') return null;
  const unavailable = props.unavailableLabel ?? 'Not available for the current choices';
  const select = (
    <Select
      id={addon ? id : undefined}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      options={withValue(props.options, value, unavailable)}
      loading={props.loading}
      disabled={props.disabled}
      placeholder={props.placeholder ?? 'Choose…'}
      onChange={(value) => props.onChange?.(value ?? null)}
    />
  );
  if (!addon) {
    return (
      <Form.Item name={name} label={label} rules={chooseWhen(setting, label)} extra={props.help}>
        {select}
      </Form.Item>
    );
  }
  return (
    <Form.Item label={label} htmlFor={id} required={setting === 'mandatory'} extra={props.help}>
      <div className="with-addon">
        <Form.Item name={name} noStyle rules={chooseWhen(setting, label)}>
          {select}
        </Form.Item>
        {addon}
      </div>
    </Form.Item>
  );
}
