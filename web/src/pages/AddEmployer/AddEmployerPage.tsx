import { Button, Form, Radio, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCreateEmployer } from '../../api/employers';
import { FormPageIntro } from '../../components/FormPageIntro';
import { showServerErrors } from '../../components/server-errors';
import { usePageTitle } from '../../components/usePageTitle';
import {
  type AddEmployerValues,
  asFormError,
  toCreateEmployerRequest,
} from './add-employer-values';
import { EmployerFormSections, FormSection } from './EmployerFormSections';

const INVITE_LABEL = 'Invite this employer to Roster now?';

/** Add Employer: an employer user in one or more groups, linked to an employer organisation. */
export function AddEmployerPage() {
  usePageTitle('Add an employer');
  const [form] = Form.useForm<AddEmployerValues>();
  const navigate = useNavigate();
  const create = useCreateEmployer();
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
        <FormSection title="Invitation">
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
        </FormSection>

        <EmployerFormSections />

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
