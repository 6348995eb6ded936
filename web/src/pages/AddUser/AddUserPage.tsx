import { Alert, Button, Card, Col, Form, Radio, Row, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useGroupTrees } from '../../api/groups';
import { settingOf, useCreateLearner, useLearnerOptions } from '../../api/learners';
import { AddressFields } from '../../components/AddressFields';
import { AdvicePackFields } from '../../components/AdvicePackFields';
import { ChoiceField } from '../../components/ChoiceField';
import { CustomFields } from '../../components/CustomFields';
import { useCurrentSession } from '../../components/current-session';
import { FormPageIntro } from '../../components/FormPageIntro';
import { GroupTreeSelect } from '../../components/GroupTreeSelect';
import { groupProblem, keepOnePerRoot, rootsOf } from '../../components/group-rules';
import { LinkFields } from '../../components/LinkFields';
import {
  DateOfBirthField,
  EmailField,
  GenderField,
  MobileField,
  NameField,
  SubscriptionEndField,
} from '../../components/PersonFields';
import { showServerErrors } from '../../components/server-errors';
import { usePageTitle } from '../../components/usePageTitle';
import { type AddUserValues, toCreateRequest } from './add-user-values';

export function AddUserPage() {
  usePageTitle('Add a learner');
  const { user: me } = useCurrentSession();
  const [form] = Form.useForm<AddUserValues>();
  const navigate = useNavigate();
  const create = useCreateLearner();
  const [problems, setProblems] = useState<string[]>([]);
  const trees = useGroupTrees();
  const roots = useMemo(() => rootsOf(trees.data ?? []), [trees.data]);
  const groupIds = Form.useWatch('groupIds', form) ?? [];
  const employerId = Form.useWatch('employerId', form);
  const programmeId = Form.useWatch('programmeId', form);
  const options = useLearnerOptions({ groupIds, employerId, programmeId });
  const data = options.data;

  // Until groups are chosen nobody qualifies as case owner; the default (you) is shown anyway.
  const meListed = data?.caseOwners.some((owner) => owner.id === me.id) ?? false;
  const caseOwnerOptions = [
    ...(data?.caseOwners ?? []).map((owner) => ({ value: owner.id, label: owner.name })),
    ...(meListed ? [] : [{ value: me.id, label: `${me.firstName} ${me.surname} (you)` }]),
  ];

  // Once the options for the chosen groups are in, nobody qualifying lets the owner stay empty.
  const nobodyQualifies =
    groupIds.length > 0 &&
    data !== undefined &&
    !options.isPlaceholderData &&
    data.caseOwners.length === 0;

  const onFinish = (values: AddUserValues) => {
    setProblems([]);
    const owner = values.caseOwnerId === me.id && !meListed ? undefined : values.caseOwnerId;
    create.mutate(toCreateRequest(values, owner, data), {
      onSuccess: (user) => navigate(`/users/${user.id}`, { state: { created: true } }),
      onError: (error) => setProblems(showServerErrors(form, error)),
    });
  };

  return (
    <>
      <FormPageIntro title="Add a learner" problems={problems} />
      <Form<AddUserValues>
        form={form}
        name="addUser"
        layout="vertical"
        initialValues={{
          invite: true,
          groupIds: [],
          caseOwnerId: me.id,
          advicePackMode: 'default',
        }}
        onFinish={onFinish}
        scrollToFirstError={{ block: 'center', focus: true }}
      >
        <Card title={<h2 className="card-heading">Invitation</h2>} className="form-card">
          <Form.Item
            name="invite"
            label="Invite this learner to Roster now?"
            extra="Yes: the learner is emailed a link to choose a password, and their status is Invited. No: the learner is kept as a Prospect and cannot sign in until you send an invitation from their profile."
          >
            <Radio.Group
              aria-label="Invite this learner to Roster now?"
              options={[
                { value: true, label: 'Yes' },
                { value: false, label: 'No' },
              ]}
            />
          </Form.Item>
        </Card>

        <Card title={<h2 className="card-heading">Personal details</h2>} className="form-card">
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <NameField name="firstName" label="First name" />
            </Col>
            <Col xs={24} md={12}>
              <NameField name="surname" label="Surname" />
            </Col>
            <Col xs={24} md={12}>
              <EmailField required help="The learner's invitation and notices go here." />
            </Col>
            <Col xs={24} md={12}>
              <MobileField required={data?.features.multiFactor ?? false} />
            </Col>
            <Col xs={24} md={12}>
              <DateOfBirthField />
            </Col>
            <Col xs={24} md={12}>
              <GenderField required />
            </Col>
            <Col xs={24} md={12}>
              <SubscriptionEndField />
            </Col>
          </Row>
        </Card>

        <Card title={<h2 className="card-heading">Groups and programme</h2>} className="form-card">
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="groupIds"
                label="Groups"
                required
                extra="One group in each hierarchy: choosing another group in the same hierarchy replaces the first."
                normalize={(next: number[], previous: number[] | undefined) =>
                  keepOnePerRoot(next ?? [], previous ?? [], roots)
                }
                rules={[
                  {
                    validator: async (_, value: number[] | undefined) => {
                      const problem = groupProblem(value, roots);
                      if (problem) throw new Error(problem);
                    },
                  },
                ]}
              >
                <GroupTreeSelect />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <ChoiceField
                name="programmeId"
                label="Programme to apply"
                options={(data?.programmes ?? []).map((programme) => ({
                  value: programme.id,
                  label: `${programme.name} (${programme.type})`,
                }))}
                loading={options.isFetching}
                placeholder={groupIds.length ? 'No programme' : 'Choose groups first'}
                help="An application or delivery programme offered by the chosen groups. The learner starts its onboarding when they first sign in."
              />
            </Col>
            {programmeId && data?.advice.enabled && (
              <Col xs={24} md={12}>
                <AdvicePackFields advice={data.advice} />
              </Col>
            )}
          </Row>
          {programmeId && data && data.customFields.length > 0 && (
            <>
              <h3 className="card-heading">Programme fields</h3>
              <CustomFields options={data} />
            </>
          )}
        </Card>

        <Card title={<h2 className="card-heading">Address</h2>} className="form-card">
          <AddressFields prefix="address" settingOf={(key) => settingOf(data, key)} />
        </Card>

        <Card
          title={<h2 className="card-heading">Case owner and organisations</h2>}
          className="form-card"
        >
          <LinkFields
            options={data}
            loading={options.isFetching}
            caseOwnerOptions={caseOwnerOptions}
            nobodyQualifies={nobodyQualifies}
          />
        </Card>

        {options.isError && (
          <Alert type="error" showIcon title={options.error.message} className="form-alert" />
        )}
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            Create learner
          </Button>
          <Button onClick={() => navigate('/users')}>Cancel</Button>
        </Space>
      </Form>
    </>
  );
}
