import { Alert, Button, Card, Form, Space, Spin } from 'antd';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { type LearnerOptionsQuery, useLearnerOptions } from '../../api/learners';
import type { GroupTree } from '../../api/types';
import { useUpdateUser } from '../../api/user-record';
import type { UserRecord } from '../../api/user-types';
import { CustomFields } from '../../components/CustomFields';
import { LinkFields } from '../../components/LinkFields';
import { namedOptions } from '../../components/options';
import { showServerErrors } from '../../components/server-errors';
import { AccessFields } from './AccessFields';
import { type EditValues, toEditValues, toPatch } from './edit-values';
import { FundingLockNotice } from './FundingLockNotice';
import { GroupsField } from './GroupsField';
import { IdentitySection } from './IdentitySection';
import { ProgrammeFields } from './ProgrammeFields';
import { ReferrerFields } from './ReferrerFields';

interface Props {
  user: UserRecord;
  trees: readonly GroupTree[];
  onConflict: () => void;
}

const sorted = (ids: readonly number[]) => [...ids].sort((x, y) => x - y).join(',');
const sameIds = (a: readonly number[], b: readonly number[]) => sorted(a) === sorted(b);

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card title={<h2 className="card-heading">{title}</h2>} className="form-card">
    {children}
  </Card>
);

/** Every field of the learner that an administrator may change, in the tenant's configuration. */
export function EditUserForm({ user, trees, onConflict }: Props) {
  const [form] = Form.useForm<EditValues>();
  const navigate = useNavigate();
  const update = useUpdateUser(user.id);
  const [problems, setProblems] = useState<string[]>([]);
  const [ownerDropped, setOwnerDropped] = useState(false);
  const initial = useMemo(() => toEditValues(user), [user]);
  // The lists depend on these three; they follow the person's changes, not every keystroke.
  const [deps, setDeps] = useState<LearnerOptionsQuery>({
    groupIds: user.groupIds,
    employerId: user.employerId,
    referrerId: user.referrerId,
    userId: user.id,
  });
  const options = useLearnerOptions(deps);
  const data = options.data;
  const locked = useMemo(() => new Set(data?.lock?.locked ? data.lock.fields : []), [data]);

  // New groups may leave the case owner without access: the learner then has no owner.
  useEffect(() => {
    if (!data || options.isPlaceholderData || sameIds(deps.groupIds, user.groupIds)) return;
    const owner = form.getFieldValue('caseOwnerId');
    if (owner != null && !data.caseOwners.some((one) => one.id === owner)) {
      form.setFieldsValue({ caseOwnerId: null });
      setOwnerDropped(true);
    }
  }, [data, options.isPlaceholderData, deps.groupIds, user.groupIds, form]);

  // The employer can also be set by the form itself (the "+" that adds an employer organisation
  // chooses it), which onValuesChange does not hear: its lists follow the field's value too.
  const employerId = Form.useWatch('employerId', form);
  useEffect(() => {
    if (employerId === undefined || employerId === deps.employerId) return;
    setDeps((current) => ({ ...current, employerId }));
  }, [employerId, deps.employerId]);

  if (!data) {
    if (options.isError) return <Alert type="error" showIcon title={options.error.message} />;
    return <Spin description="Loading the form…" />;
  }

  const onValuesChange = (changed: Partial<EditValues>, all: EditValues) => {
    if ('caseOwnerId' in changed) setOwnerDropped(false);
    if (!('groupIds' in changed || 'employerId' in changed || 'referrerId' in changed)) return;
    setDeps({
      groupIds: all.groupIds ?? [],
      employerId: all.employerId ?? null,
      referrerId: all.referrerId ?? null,
      userId: user.id,
    });
  };

  const onFinish = (values: EditValues) => {
    setProblems([]);
    update.mutate(toPatch(values, user, data, locked), {
      onSuccess: (saved) => navigate(`/users/${saved.id}`, { state: { saved: true } }),
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'version_conflict') return onConflict();
        setProblems(showServerErrors(form, error));
      },
    });
  };

  const loading = options.isFetching;
  const nobodyQualifies = !options.isPlaceholderData && data.caseOwners.length === 0;
  return (
    <Form<EditValues>
      form={form}
      name="editUser"
      className="learner-form"
      layout="vertical"
      initialValues={initial}
      onValuesChange={onValuesChange}
      onFinish={onFinish}
      scrollToFirstError={{ block: 'center', focus: true }}
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join(' ')} className="form-alert" />
      )}
      <Section title="Personal details">
        {data.lock?.locked && <FundingLockNotice user={user} message={data.lock.message} />}
        <IdentitySection user={user} options={data} locked={locked} />
      </Section>
      <Section title="Groups and programme">
        <GroupsField trees={trees} />
        <ProgrammeFields options={data} loading={loading} />
      </Section>
      <Section title="Case owner and organisations">
        <LinkFields
          options={data}
          loading={loading}
          caseOwnerOptions={namedOptions(data.caseOwners)}
          nobodyQualifies={nobodyQualifies}
          caseOwnerNote={
            ownerDropped && !nobodyQualifies
              ? 'The case owner has no access to the chosen groups, so the learner would have no owner. Choose another.'
              : undefined
          }
        />
        <ReferrerFields options={data} loading={loading} initialReferrerId={user.referrerId} />
      </Section>
      <Section title="Sign-in and access">
        <AccessFields options={data} user={user} />
      </Section>
      {data.customFields.length > 0 && (
        <Section title="Programme fields">
          <CustomFields options={data} />
        </Section>
      )}
      {options.isError && (
        <Alert type="error" showIcon title={options.error.message} className="form-alert" />
      )}
      <Space>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          Save changes
        </Button>
        <Button onClick={() => navigate(`/users/${user.id}`)}>Cancel</Button>
      </Space>
    </Form>
  );
}
