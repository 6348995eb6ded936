import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useResetPassword } from '../../api/password-reset';
import { confirmRules, POLICY_TEXT, passwordRules } from '../../components/password-rules';
import { showServerErrors } from '../../components/server-errors';

interface Values {
  password: string;
  confirm: string;
}

/** The new password, typed twice, sent with the emailed token. */
export function ResetPasswordForm(props: { token: string; onDone: (tenant: string) => void }) {
  const [form] = Form.useForm<Values>();
  const reset = useResetPassword();
  const [problems, setProblems] = useState<string[]>([]);

  const onFinish = (values: Values) => {
    setProblems([]);
    reset.mutate(
      { token: props.token, password: values.password },
      {
        onSuccess: (result) => props.onDone(result.tenant),
        onError: (error) => setProblems(showServerErrors(form, error)),
      },
    );
  };

  return (
    <>
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join(' ')} className="form-alert" />
      )}
      <Form<Values> form={form} name="resetPassword" layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="password"
          label="New password"
          extra={POLICY_TEXT}
          hasFeedback
          rules={passwordRules(() => '')}
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
        <Button type="primary" htmlType="submit" block loading={reset.isPending}>
          Set my new password
        </Button>
      </Form>
    </>
  );
}
