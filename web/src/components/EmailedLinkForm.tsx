import type { UseMutationResult } from '@tanstack/react-query';
import { Alert, Button, Form, Result } from 'antd';
import { Link } from 'react-router';
import { ApiError } from '../api/client';
import { SignInNameFields } from './SignInNameFields';

export interface SignInName {
  tenant: string;
  username: string;
}

/**
 * A signed-out person names their account (organisation and username or email) to be emailed
 * a link. The answer is the same whether or not the account exists, so the page says "if".
 */
export function EmailedLinkForm(props: {
  name: string;
  tenant: string;
  request: UseMutationResult<object, Error, SignInName>;
  submitLabel: string;
  sentText: string;
}) {
  const { request, tenant } = props;
  const [form] = Form.useForm<SignInName>();

  if (request.isSuccess)
    return (
      <Result
        status="info"
        title="Check your email"
        subTitle={props.sentText}
        extra={<Link to={`/sign-in?tenant=${encodeURIComponent(tenant)}`}>Back to sign in</Link>}
      />
    );

  const onFinish = (values: SignInName) =>
    request.mutate(values, {
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        const names: (keyof SignInName)[] = ['tenant', 'username'];
        form.setFields(
          names.flatMap((name) =>
            error.fields[name] ? [{ name, errors: [error.fields[name]] }] : [],
          ),
        );
      },
    });

  return (
    <Form
      form={form}
      name={props.name}
      layout="vertical"
      requiredMark={false}
      initialValues={{ tenant }}
      onFinish={onFinish}
    >
      {request.isError && (
        <Alert type="error" showIcon title={request.error.message} style={{ marginBottom: 16 }} />
      )}
      <SignInNameFields />
      <Button type="primary" htmlType="submit" block loading={request.isPending}>
        {props.submitLabel}
      </Button>
    </Form>
  );
}
