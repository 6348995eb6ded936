import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useChangePassword } from '../../api/me';
import { confirmRules, POLICY_TEXT, passwordRules } from '../../components/password-rules';
import { showServerErrors } from '../../components/server-errors';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Change your password: the current one first; anywhere else you are signed in is signed out. */
export function ChangePasswordForm({ username }: { username: string }) {
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const [done, setDone] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  const onFinish = ({ currentPassword, newPassword }: Values) => {
    setDone(false);
    setProblems([]);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          setDone(true);
        },
        onError: (error) => setProblems(showServerErrors(form, error)),
      },
    );
  };

  return (
    <Form<Values> form={form} name="changePassword" layout="vertical" onFinish={onFinish}>
      {done && (
        <Alert
          type="success"
          showIcon
          role="status"
          title="Your password is changed. Anywhere else you were signed in has been signed out."
          className="form-alert"
        />
      )}
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join(' ')} className="form-alert" />
      )}
      <Form.Item
        name="currentPassword"
        label="Current password"
        rules={[{ required: true, message: 'Enter your current password.' }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label="New password"
        extra={POLICY_TEXT}
        rules={passwordRules(() => username)}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label="New password again"
        dependencies={['newPassword']}
        rules={confirmRules(() => form.getFieldValue('newPassword') ?? '')}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        Change password
      </Button>
    </Form>
  );
}
