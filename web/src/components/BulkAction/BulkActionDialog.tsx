import { Alert, Button, DatePicker, Form, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import {
  type BulkActionFilter,
  type BulkActionName,
  useBulkAction,
  useStartBulkAction,
} from '../../api/bulk-actions';
import { useLearnerOptions } from '../../api/learners';
import { DATE_FORMAT, toIsoDate } from '../dates';
import { showServerErrors } from '../server-errors';
import { BulkActionProgress } from './BulkActionProgress';
import { bulkActionLabels, usersCount } from './bulk-action-labels';

/** Who the action is for: chosen users, or every user the grid's filters match. */
export type BulkTarget = { userIds: number[] } | { filter: BulkActionFilter };

interface Props {
  action: BulkActionName;
  target: BulkTarget;
  /** How many users the target holds, as the grid counted them. */
  count: number;
  /** The groups of those users: the case owners offered are the ones who can see them all. */
  groupIds: number[];
  onClose: () => void;
}

interface Values {
  caseOwnerId?: number;
  subscriptionEndsOn?: Dayjs;
}

const warnings: Partial<Record<BulkActionName, string>> = {
  archive:
    'Archived users cannot sign in and leave the lists of active users. Users in a funding submission batch are refused.',
  invite: 'Each user gets an activation email; users already active are refused.',
};

/** Asks what the action needs, starts it as one job, then shows its progress and results. */
export function BulkActionDialog({ action, target, count, groupIds, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [jobId, setJobId] = useState<number | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const start = useStartBulkAction();
  const job = useBulkAction(jobId);
  const owners = useLearnerOptions({ groupIds }, action === 'set-case-owner');
  const label = bulkActionLabels[action].button;

  const onFinish = (values: Values) => {
    setProblems([]);
    start.mutate(
      {
        action,
        ...target,
        caseOwnerId: values.caseOwnerId,
        subscriptionEndsOn: toIsoDate(values.subscriptionEndsOn) ?? undefined,
      },
      {
        onSuccess: (started) => setJobId(started.id),
        onError: (error) => setProblems(showServerErrors(form, error)),
      },
    );
  };

  const running = jobId !== null && job.data?.status !== 'done' && job.data?.status !== 'failed';
  return (
    <Modal
      open
      title={`${label}: ${usersCount(count)}`}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      footer={
        jobId === null
          ? [
              <Button key="cancel" onClick={onClose}>
                Cancel
              </Button>,
              <Button
                key="start"
                type="primary"
                danger={action === 'archive'}
                loading={start.isPending}
                onClick={() => form.submit()}
              >
                {label}
              </Button>,
            ]
          : [
              <Button key="close" type="primary" onClick={onClose}>
                {running ? 'Close (the work carries on)' : 'Done'}
              </Button>,
            ]
      }
    >
      {jobId !== null ? (
        job.data ? (
          <BulkActionProgress action={job.data} />
        ) : (
          <Typography.Paragraph>Starting…</Typography.Paragraph>
        )
      ) : (
        <Form form={form} layout="vertical" name="bulkAction" onFinish={onFinish}>
          {problems.map((problem) => (
            <Alert
              key={problem}
              type="error"
              showIcon
              title={problem}
              style={{ marginBottom: 16 }}
            />
          ))}
          <Typography.Paragraph>
            This is done for {usersCount(count)} in the background, each on their own: anyone it
            cannot be done for is listed with the reason.
          </Typography.Paragraph>
          {warnings[action] && (
            <Alert type="warning" showIcon title={warnings[action]} style={{ marginBottom: 16 }} />
          )}
          {action === 'set-case-owner' && (
            <Form.Item
              label="New case owner"
              name="caseOwnerId"
              rules={[{ required: true, message: 'Choose the new case owner.' }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                loading={owners.isPending}
                placeholder="Choose an administrator"
                options={(owners.data?.caseOwners ?? []).map((owner) => ({
                  value: owner.id,
                  label: owner.email ? `${owner.name} (${owner.email})` : owner.name,
                }))}
                notFoundContent="No administrator can see all of these users' groups"
              />
            </Form.Item>
          )}
          {action === 'extend' && (
            <Form.Item
              label="New end date"
              name="subscriptionEndsOn"
              rules={[{ required: true, message: 'Choose the new end date.' }]}
            >
              <DatePicker
                format={DATE_FORMAT}
                placeholder="dd/mm/yyyy"
                disabledDate={(day) => day.isBefore(dayjs(), 'day')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          )}
        </Form>
      )}
    </Modal>
  );
}
