import { Col, Form, Input, Row } from 'antd';
import type { LearnerOptions } from '../../api/learners';

/** The extra fields the learner's programme defines; mandatory ones are checked on saving. */
export function CustomFields({ options }: { options: LearnerOptions }) {
  if (options.customFields.length === 0) return null;
  return (
    <Row gutter={16}>
      {options.customFields.map((field) => (
        <Col xs={24} md={12} key={field.key}>
          <Form.Item
            name={['customFields', field.key]}
            label={field.label}
            rules={[
              { required: field.mandatory, whitespace: true, message: `Enter the ${field.label}.` },
              { max: 1000, message: 'Use at most 1000 characters.' },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}
