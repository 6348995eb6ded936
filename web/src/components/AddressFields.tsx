import { Col, Form, Input, Row, Select } from 'antd';
import type { FieldSetting } from '../api/learners';
import { chooseWhen, requiredWhen } from './ChoiceField';
import { COUNTRIES } from './countries';
import { PostcodeLookup } from './PostcodeLookup';

export type AddressKey = 'postcode' | 'line1' | 'line2' | 'town' | 'county' | 'country';

const LABELS: Record<AddressKey, string> = {
  postcode: 'Postcode',
  line1: 'Address 1',
  line2: 'Address 2',
  town: 'Town/City',
  county: 'County',
  country: 'Country',
};

const countryOptions = COUNTRIES.map((name) => ({ value: name, label: name }));

interface Props {
  /** Where the address sits in the form's values; the top level when left out. */
  prefix?: string;
  settingOf: (key: AddressKey) => FieldSetting;
  disabledOf?: (key: AddressKey) => boolean;
  postcodeMax?: number;
}

/** Postcode (with Lookup when a service is configured), address lines, town, county, country. */
export function AddressFields({ prefix, settingOf, disabledOf, postcodeMax = 8 }: Props) {
  const nameOf = (key: AddressKey) => (prefix ? [prefix, key] : [key]);
  const shown = (key: AddressKey) => settingOf(key) !== 'hidden';
  // Someone else's address: the browser's memory of the administrator's own would mislead.
  const text = (key: AddressKey, max: number) => {
    const setting = settingOf(key);
    if (setting === 'hidden') return null;
    return (
      <Col xs={24} md={12} key={key}>
        <Form.Item
          name={nameOf(key)}
          label={LABELS[key]}
          rules={[
            ...requiredWhen(setting, LABELS[key]),
            { max, message: `Use at most ${max} characters.` },
          ]}
        >
          <Input disabled={disabledOf?.(key)} autoComplete="off" />
        </Form.Item>
      </Col>
    );
  };
  const country = settingOf('country');
  return (
    <Row gutter={16}>
      {text('postcode', postcodeMax)}
      {shown('postcode') && (
        <PostcodeLookup nameOf={nameOf} shown={shown} disabled={disabledOf?.('postcode')} />
      )}
      {text('line1', 100)}
      {text('line2', 100)}
      {text('town', 100)}
      {text('county', 100)}
      {country !== 'hidden' && (
        <Col xs={24} md={12}>
          <Form.Item
            name={nameOf('country')}
            label={LABELS.country}
            rules={chooseWhen(country, LABELS.country)}
          >
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={countryOptions}
              disabled={disabledOf?.('country')}
              placeholder="Choose…"
            />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}
