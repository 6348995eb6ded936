import { Form, Input } from 'antd';

/** Organisation and username (or email): how a signed-out person names their account. */
export function SignInNameFields() {
  return (
    <>
      <Form.Item
        label="Organisation"
        name="tenant"
        rules={[{ required: true, whitespace: true, message: 'Enter your organisation.' }]}
      >
        <Input autoComplete="organization" />
      </Form.Item>
      <Form.Item
        label="Username or email"
        name="username"
        rules={[{ required: true, whitespace: true, message: 'Enter your username or email.' }]}
      >
        <Input autoComplete="username" />
      </Form.Item>
    </>
  );
}
