import { Checkbox, Form } from 'antd';
import type { TenantFeatures } from '../../api/tenant';

const NO_INTERFACE = 'Choose at least one interface.';

/**
 * The interfaces the tenant offers, as checkboxes; at least one must stay ticked. Ticked at
 * first as the server would choose: the console where offered, otherwise classic.
 */
export function InterfaceFields({ features }: { features: TenantFeatures }) {
  const form = Form.useFormInstance();
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
    <>
      {features.console && (
        <Form.Item
          name="consoleAccess"
          valuePropName="checked"
          initialValue
          dependencies={['classicAccess']}
          rules={[atLeastOne]}
          className="checkbox-item"
        >
          <Checkbox>Console (the full portal)</Checkbox>
        </Form.Item>
      )}
      {features.classic && (
        <Form.Item
          name="classicAccess"
          valuePropName="checked"
          initialValue={!features.console}
          dependencies={['consoleAccess']}
          rules={[atLeastOne]}
          className="checkbox-item"
        >
          <Checkbox>Classic (the same portal in its compact layout)</Checkbox>
        </Form.Item>
      )}
      {!features.console && !features.classic && (
        <p>
          No interface is switched on for your organisation. Ask platform support to turn one on.
        </p>
      )}
    </>
  );
}
