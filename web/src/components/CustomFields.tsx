/**
 * The extra fields the learner's programme defines, on Add user and Edit User alike: text, a
 * date (kept in the form as the API's ISO date, shown dd/mm/yyyy) or one of the field's options.
 * Mandatory ones are checked on saving; the server checks them all again (customFields.<key>).
 */
import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { LearnerOptions } from '../api/learners';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from './dates';

type Field = LearnerOptions['customFields'][number];

/** The field's control, as the Form.Item's direct child so it receives id, value and onChange. */
function control(field: Field) {
  if (field.kind === 'choice')
    return (
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="Choose one"
        options={field.options.map((option) => ({ value: option, label: option }))}
      />
    );
  if (field.kind === 'date')
    return <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />;
  return <Input autoComplete="off" />;
}

export function CustomFields({ options }: { options: Pick<LearnerOptions, 'customFields'> }) {
  if (options.customFields.length === 0) return null;
  return (
    <Row gutter={16}>
      {options.customFields.map((field) => (
        <Col xs={24} md={12} key={field.key}>
          <Form.Item
            name={['customFields', field.key]}
            label={field.label}
            extra={field.kind === 'date' ? 'dd/mm/yyyy' : undefined}
            {...(field.kind === 'date'
              ? {
                  getValueProps: (value: string | null | undefined) => ({
                    value: fromIsoDate(value),
                  }),
                  normalize: (value: Dayjs | null | undefined) => toIsoDate(value),
                }
              : {})}
            rules={[
              {
                required: field.mandatory,
                whitespace: field.kind === 'text',
                message:
                  field.kind === 'text'
                    ? `Enter the ${field.label}.`
                    : `Choose the ${field.label}.`,
              },
              ...(field.kind === 'text'
                ? [{ max: 1000, message: 'Use at most 1000 characters.' }]
                : []),
            ]}
          >
            {control(field)}
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}
