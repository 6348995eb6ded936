import { Alert, Button, Card, Form, InputNumber, Select, Space, Switch, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { type Tenant, useUpdateTenant } from '../../api/tenant';
import { FieldSettingsTable } from './FieldSettingsTable';
import { placeErrors, requestFrom, type SettingsValues, valuesFrom } from './settings-form';

const CONSOLE = ['settings', 'features', 'console'];
const CLASSIC = ['settings', 'features', 'classic'];

const enterNumber: Rule = { required: true, message: 'Enter a whole number.' };

/** The seeds keep at least one of the two ways in for learners and employer users. */
const oneInterfaceOn: Rule = ({ getFieldValue }) => ({
  validator: (_, consoleOn: unknown) =>
    consoleOn || getFieldValue(CLASSIC)
      ? Promise.resolve()
      : Promise.reject(
          new Error(
            'Console and classic access cannot both be off: learners and employer users need one of them to sign in.',
          ),
        ),
});

const numberStyle = { width: 200 };

const autoUnlockRange: Rule = {
  type: 'number',
  min: 1,
  max: 10_080,
  message: 'Use 1 to 10,080 minutes (one week), or leave it empty to switch automatic unlock off.',
};

const completionRange: Rule = {
  type: 'number',
  min: 0,
  max: 3650,
  message: 'Use 0 to 3,650 days, or leave it empty to give completed learners no end date.',
};

/** Platform support's form for one tenant: field rules, features, sign-in and access codes. */
export function SettingsForm({ tenant }: { tenant: Tenant }) {
  const [form] = Form.useForm<SettingsValues>();
  const update = useUpdateTenant();
  const [saved, setSaved] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const limit = Form.useWatch('accessCodeLimit', form) ?? tenant.accessCodeLimit;

  const onFinish = (values: SettingsValues) => {
    setSaved(false);
    setProblems([]);
    update.mutate(requestFrom(values), {
      onSuccess: (next) => {
        form.setFieldsValue(valuesFrom(next));
        setSaved(true);
      },
      onError: (error) => {
        if (!(error instanceof ApiError)) return setProblems([error.message]);
        const placed = placeErrors(error.fields);
        form.setFields(placed.items);
        const first = placed.items[0];
        if (first) form.scrollToField(first.name, { block: 'center', focus: true });
        const rest = placed.rest.length || first ? placed.rest : [error.message];
        setProblems(rest);
      },
    });
  };

  return (
    <Form<SettingsValues>
      form={form}
      name="tenantSettings"
      layout="vertical"
      initialValues={valuesFrom(tenant)}
      onFinish={onFinish}
      onValuesChange={() => setSaved(false)}
      aria-label="Organisation settings"
    >
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card>
          <Typography.Title level={2}>Learner fields</Typography.Title>
          <Typography.Paragraph>
            Choose which optional fields administrators see when they add or edit a learner, and
            which of those must be filled in.
          </Typography.Paragraph>
          <FieldSettingsTable />
        </Card>

        <Card>
          <Typography.Title level={2}>Features</Typography.Title>
          <Form.Item
            label="Single sign-on (SAML)"
            name={['settings', 'features', 'saml']}
            valuePropName="checked"
            extra="Lets users sign in through their organisation's identity provider."
          >
            <Switch />
          </Form.Item>
          <Form.Item
            label="SAML identity providers"
            name={['settings', 'samlIdentityProviders']}
            extra="Type a provider's name and press Enter. Users signing in with SAML pick one of these."
          >
            <Select mode="tags" tokenSeparators={[',']} notFoundContent={null} />
          </Form.Item>
          <Form.Item
            label="Console access"
            name={CONSOLE}
            valuePropName="checked"
            dependencies={[CLASSIC]}
            rules={[oneInterfaceOn]}
            extra="Learners and employer users land on their own portal."
          >
            <Switch />
          </Form.Item>
          <Form.Item
            label="Classic interface"
            name={CLASSIC}
            valuePropName="checked"
            extra="The same portal in its compact layout."
          >
            <Switch />
          </Form.Item>
          <Form.Item
            label="Multi-factor verification"
            name={['settings', 'features', 'multiFactor']}
            valuePropName="checked"
            extra="Asks for a one-time code as well as the password when signing in."
          >
            <Switch />
          </Form.Item>
        </Card>

        <Card>
          <Typography.Title level={2}>Sign-in and access codes</Typography.Title>
          <Form.Item
            label="Lockout threshold"
            name="lockoutThreshold"
            rules={[enterNumber]}
            extra="Failed sign-ins in a row before an account is locked (1 to 100)."
          >
            <InputNumber precision={0} style={numberStyle} />
          </Form.Item>
          <Form.Item
            label="Automatic unlock (minutes)"
            name="autoUnlockMinutes"
            rules={[autoUnlockRange]}
            extra="Leave empty to keep locked accounts locked until they are unlocked (by an administrator, platform support or the person's emailed link). Otherwise a lock lifts by itself after this many minutes (1 to 10,080, one week)."
          >
            <InputNumber precision={0} style={numberStyle} placeholder="Off" />
          </Form.Item>
          <Form.Item
            label="Access-code limit"
            name="accessCodeLimit"
            rules={[enterNumber]}
            extra={`${tenant.accessCodesIssued.toLocaleString('en-GB')} issued of ${limit.toLocaleString('en-GB')}. Generating codes beyond the limit is refused.`}
          >
            <InputNumber precision={0} style={numberStyle} />
          </Form.Item>
          <Form.Item
            label="Access-code validity (days)"
            name="accessCodeValidityDays"
            rules={[enterNumber]}
            extra="How long a new code can be used to register (1 to 3,650 days)."
          >
            <InputNumber precision={0} style={numberStyle} />
          </Form.Item>
        </Card>

        <Card>
          <Typography.Title level={2}>Access after completion</Typography.Title>
          <Form.Item
            label="Days of access after completing"
            name="accessAfterCompletionDays"
            rules={[completionRange]}
            extra="A learner who completes (a completed funding episode, none still in progress) and has no end date gets one this many days after the completion day, then expires. Leave empty to give them none."
          >
            <InputNumber precision={0} style={numberStyle} placeholder="No end date" />
          </Form.Item>
        </Card>

        {saved && <Alert type="success" showIcon title="Settings saved." />}
        {problems.map((problem) => (
          <Alert key={problem} type="error" showIcon title={problem} />
        ))}
        <Space>
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            Save settings
          </Button>
          <Button onClick={() => form.resetFields()} disabled={update.isPending}>
            Undo changes
          </Button>
        </Space>
      </Space>
    </Form>
  );
}
