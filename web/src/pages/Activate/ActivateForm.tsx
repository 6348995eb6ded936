import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { type ActivationPreview, useActivate } from '../../api/activation';
import { confirmRules, POLICY_TEXT, passwordRules } from '../../components/password-rules';
import { showServerErrors } from '../../components/server-errors';

interface Values {
  username: string;
  password: string;
  confirm: string;
}

interface Props {
  token: string;
  preview: ActivationPreview;
  onActivated: (username: string) => void;
}

/** Username (as invited, or changed) and the new password, typed twice. */
export function ActivateForm({ token, preview, onActivated }: Props) {
  const [form] = Form.useForm<Values>();
  const activate = useActivate();
  const [problems, setProblems] = useState<string[]>([]);

  const onFinish = (values: Values) => {
    setProblems([]);
    activate.mutate(
      { token, username: values.username.trim(), password: values.password },
      {
        onSuccess: (result) => onActivated(result.username),
        onError: (error) => setProblems(showServerErrors(form, error)),
      },
    );
  };

  return (
    <>
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join(' ')} className="form-alert" />
      )}
      <Form<Values>
        form={form}
        name="activate"
        layout="vertical"
        initialValues={{ username: preview.username }}
        onFinish={onFinish}
      >
        <Form.Item
          name="username"
          label="Username"
          extra="You sign in with this. You may keep it or choose another."
          rules={[
            { required: true, whitespace: true, message: 'Choose a username.' },
            { max: 320, message: 'Use at most 320 characters.' },
          ]}
        >
          <Input autoComplete="username" spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="password"
          label="New password"
          extra={POLICY_TEXT}
          dependencies={['username']}
          rules={passwordRules(() => form.getFieldValue('username') ?? '')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="Confirm new password"
          dependencies={['password']}
          rules={confirmRules(() => form.getFieldValue('password') ?? '')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={activate.isPending}>
          Activate my account
        </Button>
      </Form>
    </>
  );
}
