import { Alert, Button, Form, Input, Modal, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useEmployerOrganisations } from '../../api/employers';
import { type MakeEmployerRequest, useMakeEmployer } from '../../api/user-status';
import type { UserRecord } from '../../api/user-types';
import { GroupTreeSelect } from '../../components/GroupTreeSelect';
import { namedOptions, TITLES } from '../../components/options';
import { showServerErrors } from '../../components/server-errors';

type Values = Pick<MakeEmployerRequest, 'employerId' | 'groupIds' | 'title' | 'mobile' | 'invite'>;

/**
 * Learner → employer, guided: a learner cannot change type, so the learner account is archived
 * and an employer user is made with the same person's details (and email).
 */
export function MakeEmployerModal({ user, onClose }: { user: UserRecord; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const make = useMakeEmployer(user.id);
  const employers = useEmployerOrganisations();
  const navigate = useNavigate();
  const [problems, setProblems] = useState<string[]>([]);

  const onFinish = (values: Values) => {
    setProblems([]);
    make.mutate(values, {
      onSuccess: (made) => navigate(`/users/${made.employer.id}`, { state: { created: true } }),
      onError: (error) => setProblems(showServerErrors(form, error)),
    });
  };

  return (
    <Modal
      open
      title="Make an employer user"
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          Cancel
        </Button>,
        <Button key="make" type="primary" loading={make.isPending} onClick={() => form.submit()}>
          Archive learner and make employer
        </Button>,
      ]}
    >
      <Typography.Paragraph>
        A learner account cannot become another type. This archives {user.firstName} {user.surname}
        's learner account and makes an employer user with the same name and email (
        {user.email ?? 'none'}). Their learning record stays with the archived account.
      </Typography.Paragraph>
      {problems.map((problem) => (
        <Alert key={problem} type="error" showIcon title={problem} style={{ marginBottom: 16 }} />
      ))}
      <Form<Values>
        form={form}
        layout="vertical"
        name="makeEmployer"
        onFinish={onFinish}
        initialValues={{
          title: user.title ?? undefined,
          mobile: user.mobile ?? undefined,
          employerId: user.employerId ?? undefined,
          invite: false,
        }}
      >
        <Form.Item
          label="Employer organisation"
          name="employerId"
          rules={[{ required: true, message: 'Choose the employer organisation.' }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            loading={employers.isPending}
            options={namedOptions(employers.data?.items)}
          />
        </Form.Item>
        <Form.Item
          label="Employer groups"
          name="groupIds"
          rules={[{ required: true, message: 'Choose at least one employer group.' }]}
        >
          <GroupTreeSelect />
        </Form.Item>
        <Form.Item
          label="Title"
          name="title"
          rules={[{ required: true, message: 'Enter the title.' }]}
        >
          <Select options={TITLES} placeholder="Choose…" />
        </Form.Item>
        <Form.Item
          label="Mobile"
          name="mobile"
          rules={[{ required: true, whitespace: true, message: 'Enter the mobile number.' }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="Send the activation email now" name="invite" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
