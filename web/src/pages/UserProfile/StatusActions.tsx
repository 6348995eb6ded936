import { Alert, Button, List, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useFundingEpisodes, useMarkUnfunded, useStatusAction } from '../../api/user-status';
import type { StatusAction, UserRecord } from '../../api/user-types';
import { MakeEmployerModal } from './MakeEmployerModal';

/** Each action's button, and the sentence that asks before it is taken. */
const ACTIONS: Record<StatusAction, { label: string; confirm: string; danger?: boolean }> = {
  cancel: {
    label: 'Cancel subscription',
    confirm: 'They will not be able to sign in. Their work and evidence are kept.',
    danger: true,
  },
  suspend: {
    label: 'Suspend access',
    confirm: 'They are signed out and cannot sign in until you resume their access.',
  },
  resume: { label: 'Resume access', confirm: 'They will be able to sign in again.' },
  expire: {
    label: 'Expire now',
    confirm: 'Their subscription ends today, as if its end date had passed.',
    danger: true,
  },
  archive: {
    label: 'Archive',
    confirm: 'They are hidden from the default lists and cannot sign in.',
    danger: true,
  },
  restore: {
    label: 'Restore',
    confirm: 'They come back as a Prospect, ready to be invited again.',
  },
};

/** The funding episodes that hold back archiving, each with a way to mark it unfunded. */
function HeldByFunding({ userId }: { userId: number }) {
  const episodes = useFundingEpisodes(userId, true);
  const mark = useMarkUnfunded(userId);
  const held = (episodes.data?.items ?? []).filter((e) => e.inBatch && !e.unfunded);
  if (held.length === 0) return null;
  return (
    <List
      size="small"
      header={<Typography.Text strong>Funding records in a submission batch</Typography.Text>}
      dataSource={held}
      renderItem={(episode) => (
        <List.Item
          actions={[
            <Popconfirm
              key="mark"
              title="Mark this funding record unfunded?"
              description="It stays on the learner's record; the batch no longer holds back archiving."
              okText="Mark unfunded"
              cancelText="Keep it"
              onConfirm={() => mark.mutateAsync(episode.id)}
            >
              <Button size="small">Mark unfunded</Button>
            </Popconfirm>,
          ]}
        >
          Funding record {episode.id} ({episode.status})
        </List.Item>
      )}
    />
  );
}

/** Status actions the server allows now (`actions.status`), each asked for before it is taken. */
export function StatusActions({ user }: { user: UserRecord }) {
  const change = useStatusAction(user.id);
  const [makingEmployer, setMakingEmployer] = useState(false);
  const inBatch = change.error instanceof ApiError && change.error.code === 'in_ilr_batch';
  if (user.actions.status.length === 0) return null;
  return (
    <section aria-label="Status" className="profile-actions">
      <Space wrap>
        {user.actions.status.map((action) => (
          <Popconfirm
            key={action}
            title={`${ACTIONS[action].label}?`}
            description={ACTIONS[action].confirm}
            okText={ACTIONS[action].label}
            cancelText="Not now"
            okButtonProps={{ danger: ACTIONS[action].danger }}
            onConfirm={() => change.mutateAsync(action).catch(() => undefined)}
          >
            <Button danger={ACTIONS[action].danger}>{ACTIONS[action].label}</Button>
          </Popconfirm>
        ))}
        {user.type === 'learner' && user.actions.status.includes('archive') && (
          <Button onClick={() => setMakingEmployer(true)}>Make employer user…</Button>
        )}
      </Space>
      {makingEmployer && <MakeEmployerModal user={user} onClose={() => setMakingEmployer(false)} />}
      <div aria-live="polite">
        {change.isError && (
          <Alert type="error" showIcon className="form-alert" title={change.error.message} />
        )}
        {inBatch && <HeldByFunding userId={user.id} />}
      </div>
    </section>
  );
}
