import { Alert, Button, Form, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { useUpdateUser } from '../../api/user-record';
import type { UserRecord } from '../../api/user-types';
import { showServerErrors } from '../../components/server-errors';
import { asFormError } from '../AddEmployer/add-employer-values';
import { EmployerFormSections } from '../AddEmployer/EmployerFormSections';
import {
  type EditEmployerValues,
  toEditEmployerValues,
  toUpdateEmployerRequest,
} from './edit-employer-values';

interface Props {
  user: UserRecord;
  onConflict: () => void;
}

/**
 * Edit User for an employer user: the fields of Add Employer, filled in, so the details can be
 * reviewed and corrected before the invitation is sent (create-employer.txt).
 */
export function EditEmployerForm({ user, onConflict }: Props) {
  const [form] = Form.useForm<EditEmployerValues>();
  const navigate = useNavigate();
  const update = useUpdateUser(user.id);
  const [problems, setProblems] = useState<string[]>([]);
  const initial = useMemo(() => toEditEmployerValues(user), [user]);

  const onFinish = (values: EditEmployerValues) => {
    setProblems([]);
    update.mutate(toUpdateEmployerRequest(values, user), {
      onSuccess: (saved) => navigate(`/users/${saved.id}`, { state: { saved: true } }),
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'version_conflict') return onConflict();
        setProblems(showServerErrors(form, asFormError(error)));
      },
    });
  };

  return (
    <Form<EditEmployerValues>
      form={form}
      name="editEmployer"
      layout="vertical"
      initialValues={initial}
      onFinish={onFinish}
      scrollToFirstError={{ block: 'center', focus: true }}
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join(' ')} className="form-alert" />
      )}
      <EmployerFormSections />
      <Space>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          Save changes
        </Button>
        <Button onClick={() => navigate(`/users/${user.id}`)}>Cancel</Button>
      </Space>
    </Form>
  );
}
