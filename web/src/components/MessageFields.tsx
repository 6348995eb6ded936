import { Form, Input, Typography } from 'antd';
import { MESSAGE_BODY_MAX, MESSAGE_SUBJECT_MAX } from '../api/messages';

/** Subject and body of a message, named as the API names them so its errors land on them. */
export function MessageFields() {
  return (
    <>
      <Form.Item
        label="Subject"
        name="subject"
        rules={[{ required: true, whitespace: true, message: 'Enter a subject.' }]}
      >
        <Input maxLength={MESSAGE_SUBJECT_MAX} autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="Message"
        name="body"
        rules={[{ required: true, whitespace: true, message: 'Enter the message.' }]}
        extra={
          <Typography.Text type="secondary">
            Plain text. {'{{firstName}}'}, {'{{surname}}'} and {'{{organisationName}}'} are filled
            in for each person.
          </Typography.Text>
        }
      >
        <Input.TextArea rows={8} maxLength={MESSAGE_BODY_MAX} showCount />
      </Form.Item>
    </>
  );
}
