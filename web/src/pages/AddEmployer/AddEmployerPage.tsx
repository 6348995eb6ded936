import { Alert, Button, Card, Col, Form, Radio, Row, Select, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCreateEmployer, useEmployerOrganisations } from '../../api/employers';
import { useLearnerOptions } from '../../api/learners';
import { AddressFields } from '../../components/AddressFields';
import { ChoiceField } from '../../components/ChoiceField';
import { FormPageIntro } from '../../components/FormPageIntro';
import { GroupTreeSelect } from '../../components/GroupTreeSelect';
import { namedOptions, TITLES } from '../../components/options';
import { EmailField, GenderField, MobileField, NameField } from '../../components/PersonFields';
import { showServerErrors } from '../../components/server-errors';
import { usePageTitle } from '../../components/usePageTitle';
import {
  type AddEmployerValues,
  asFormError,
  toCreateEmployerRequest,
} from './add-employer-values';
import { InterfaceFields } from './InterfaceFields';
import { PositionField } from './PositionField';
import { RolesField } from './RolesField';

const INVITE_LABEL = 'Invite this employer to Roster now?';

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card title={<h2 className="card-heading">{title}</h2>} className="form-card">
    {children}
  </Card>
);

/** Add Employer: an employer user in one or more groups, linked to an employer organisation. */
export function AddEmployerPage() {
  usePageTitle('Add an employer');
  const [form] = Form.useForm<AddEmployerValues>();
  const navigate = useNavigate();
  const create = useCreateEmployer();
  const employers = useEmployerOrganisations();
  // Only the tenant's switches are read here: which interfaces it offers.
  const options = useLearnerOptions({ groupIds: [] });
  const [problems, setProblems] = useState<string[]>([]);

  const onFinish = (values: AddEmployerValues) => {
    setProblems([]);
    create.mutate(toCreateEmployerRequest(values), {
      onSuccess: (user) => navigate(`/users/${user.id}`, { state: { created: true } }),
      onError: (error) => setProblems(showServerErrors(form, asFormError(error))),
    });
  };

  return (
    <>
      <FormPageIntro title="Add an employer" problems={problems} />
      <Form<AddEmployerValues>
        form={form}
        name="addEmployer"
        layout="vertical"
        initialValues={{ invite: true, groupIds: [], roles: [] }}
        onFinish={onFinish}
        scrollToFirstError={{ block: 'center', focus: true }}
      >
        <Section title="Invitation">
          <Form.Item
            name="invite"
            label={INVITE_LABEL}
            extra="Yes: the employer is emailed a link to choose a password, and their status is Invited. No: they are kept as a Prospect and cannot sign in until you send an invitation from their profile."
          >
            <Radio.Group
              aria-label={INVITE_LABEL}
              options={[
                { value: true, label: 'Yes' },
                { value: false, label: 'No' },
              ]}
            />
          </Form.Item>
        </Section>

        <Section title="Personal details">
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
        </Section>

        <Section title="Address">
          <AddressFields prefix="address" settingOf={() => 'visible'} />
        </Section>

        <Section title="Employer and groups">
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
        </Section>

        <Section title="Roles and position">
          <RolesField />
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <PositionField />
            </Col>
          </Row>
        </Section>

        <Section title="Interface access">
          {options.data ? (
            <InterfaceFields features={options.data.features} />
          ) : (
            <Typography.Paragraph>
              {options.isError ? options.error.message : 'Loading your organisation’s interfaces…'}
            </Typography.Paragraph>
          )}
        </Section>

        {employers.isError && (
          <Alert type="error" showIcon title={employers.error.message} className="form-alert" />
        )}
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            Create employer
          </Button>
          <Button onClick={() => navigate('/users')}>Close</Button>
        </Space>
      </Form>
    </>
  );
}
