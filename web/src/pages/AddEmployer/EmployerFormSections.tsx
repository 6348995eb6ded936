import { Card, Col, Form, Row, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useEmployerOrganisations } from '../../api/employers';
import { useLearnerOptions } from '../../api/learners';
import { AddressFields } from '../../components/AddressFields';
import { ChoiceField } from '../../components/ChoiceField';
import { GroupTreeSelect } from '../../components/GroupTreeSelect';
import { namedOptions, TITLES } from '../../components/options';
import { EmailField, GenderField, MobileField, NameField } from '../../components/PersonFields';
import { InterfaceFields } from './InterfaceFields';
import { PositionField } from './PositionField';
import { RolesField } from './RolesField';

export const FormSection = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card title={<h2 className="card-heading">{title}</h2>} className="form-card">
    {children}
  </Card>
);

/**
 * The fields of an employer user (create-employer.txt), on Add Employer and on Edit User alike:
 * personal details, address, organisation and groups, roles and position, interface access.
 */
export function EmployerFormSections() {
  const employers = useEmployerOrganisations();
  // Only the tenant's switches are read here: which interfaces it offers.
  const options = useLearnerOptions({ groupIds: [] });
  return (
    <>
      <FormSection title="Personal details">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="title"
              label="Title"
              rules={[{ required: true, message: 'Choose the title.' }]}
            >
              <Select options={TITLES} placeholder="Choose…" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <GenderField />
          </Col>
          <Col xs={24} md={12}>
            <NameField name="firstName" label="First name" />
          </Col>
          <Col xs={24} md={12}>
            <NameField name="surname" label="Surname" />
          </Col>
          <Col xs={24} md={12}>
            <EmailField required help="The invitation and notices go here." />
          </Col>
          <Col xs={24} md={12}>
            <MobileField required />
          </Col>
        </Row>
      </FormSection>

      <FormSection title="Address">
        <AddressFields prefix="address" settingOf={() => 'visible'} />
      </FormSection>

      <FormSection title="Employer and groups">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <ChoiceField
              name="employerId"
              label="Employer organisation"
              setting="mandatory"
              options={namedOptions(employers.data?.items)}
              loading={employers.isPending}
              help="The employer this person works for."
            />
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="groupIds"
              label="Employer groups"
              required
              extra="Any number of groups, several from one hierarchy if need be. Type to search."
              rules={[
                {
                  validator: async (_, value: number[] | undefined) => {
                    if (!value?.length) throw new Error('Choose at least one employer group.');
                  },
                },
              ]}
            >
              <GroupTreeSelect />
            </Form.Item>
          </Col>
        </Row>
        {employers.isError && (
          <Typography.Paragraph type="danger">{employers.error.message}</Typography.Paragraph>
        )}
      </FormSection>

      <FormSection title="Roles and position">
        <RolesField />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <PositionField />
          </Col>
        </Row>
      </FormSection>

      <FormSection title="Interface access">
        {options.data ? (
          <InterfaceFields features={options.data.features} />
        ) : (
          <Typography.Paragraph>
            {options.isError ? options.error.message : 'Loading your organisation’s interfaces…'}
          </Typography.Paragraph>
        )}
      </FormSection>
    </>
  );
}
