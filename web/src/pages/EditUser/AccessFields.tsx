import { Checkbox, Col, Form, Input, Row, Select } from 'antd';
import type { LearnerOptions } from '../../api/learners';
import {
  AUTHENTICATION_TYPES,
  type AuthenticationType,
  type UserRecord,
} from '../../api/user-types';
import { SubscriptionEndField } from '../../components/PersonFields';

const NO_INTERFACE = 'Choose at least one interface.';

const authenticationLabels: Record<AuthenticationType, string> = {
  password: 'Roster username and password',
  saml: 'SAML single sign-on',
};
const authenticationOptions = AUTHENTICATION_TYPES.map((value) => ({
  value,
  label: authenticationLabels[value],
}));

/** How the learner signs in (password or SAML, where SAML is on) and which interfaces they use. */
export function AccessFields({ options, user }: { options: LearnerOptions; user: UserRecord }) {
  const form = Form.useFormInstance();
  const type = Form.useWatch<string | undefined>('authenticationType', form);
  const { features } = options;
  const saml = features.saml || user.authenticationType === 'saml';
  // An interface the tenant switched off stays shown while the learner still has it.
  const showConsole = features.console || user.consoleAccess;
  const showClassic = features.classic || user.classicAccess;
  const atLeastOne = {
    validator: async () => {
      const { consoleAccess, classicAccess } = form.getFieldsValue([
        'consoleAccess',
        'classicAccess',
      ]);
      if (!consoleAccess && !classicAccess) throw new Error(NO_INTERFACE);
    },
  };
  return (
    <Row gutter={16}>
      {saml && (
        <Col xs={24} md={12}>
          <Form.Item name="authenticationType" label="Authentication type">
            <Select options={authenticationOptions} />
          </Form.Item>
        </Col>
      )}
      {saml && type === 'saml' && (
        <>
          <Col xs={24} md={12}>
            <Form.Item
              name="samlIdentityProvider"
              label="SAML identity provider"
              rules={[{ required: true, message: 'Choose the SAML identity provider.' }]}
            >
              <Select
                placeholder="Choose…"
                options={options.samlIdentityProviders.map((name) => ({
                  value: name,
                  label: name,
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="samlUniqueId"
              label="SAML unique ID"
              rules={[{ max: 255, message: 'Use at most 255 characters.' }]}
            >
              <Input autoComplete="off" spellCheck={false} />
            </Form.Item>
          </Col>
        </>
      )}
      <Col xs={24} md={12}>
        <SubscriptionEndField />
      </Col>
      <Col xs={24}>
        {showConsole && (
          <Form.Item
            name="consoleAccess"
            valuePropName="checked"
            dependencies={['classicAccess']}
            rules={[atLeastOne]}
            className="checkbox-item"
          >
            <Checkbox>Allow access to the console (the learner’s own portal)</Checkbox>
          </Form.Item>
        )}
        {showClassic && (
          <Form.Item
            name="classicAccess"
            valuePropName="checked"
            dependencies={['consoleAccess']}
            rules={[atLeastOne]}
            className="checkbox-item"
          >
            <Checkbox>Allow access to classic (the same portal in its compact layout)</Checkbox>
          </Form.Item>
        )}
      </Col>
    </Row>
  );
}
