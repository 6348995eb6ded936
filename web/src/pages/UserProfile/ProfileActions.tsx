import {
  EditOutlined,
  KeyOutlined,
  MailOutlined,
  MessageOutlined,
  UnlockOutlined,
} from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSendPasswordReset } from '../../api/password-reset';
import { useSendInvitation, useUnlockUser } from '../../api/user-record';
import type { UserRecord } from '../../api/user-types';
import { SendMessageModal } from './SendMessageModal';

/** What the administrator may do with this user, as the server allows it (`actions`). */
export function ProfileActions({ user }: { user: UserRecord }) {
  const invite = useSendInvitation(user.id);
  const unlock = useUnlockUser(user.id);
  const reset = useSendPasswordReset();
  const others = [invite, unlock, reset];
  /** One answer shows at a time: pressing a button clears the others'. */
  const only = (chosen: (typeof others)[number], run: () => void) => () => {
    for (const mutation of others) if (mutation !== chosen) mutation.reset();
    setMessageSent(false);
    run();
  };
  const navigate = useNavigate();
  const [writing, setWriting] = useState(false);
  const [messageSent, setMessageSent] = useState(false);
  const resend = user.subscriptionStatus === 'Invited';
  const editPath = `/users/${user.id}/edit`;
  return (
    <>
      <Space wrap className="profile-actions">
        {user.actions.edit && (
          <Button
            href={editPath}
            icon={<EditOutlined />}
            onClick={(event) => {
              event.preventDefault();
              navigate(editPath);
            }}
          >
            Edit details
          </Button>
        )}
        {user.actions.invite && (
          <Button
            icon={<MailOutlined />}
            loading={invite.isPending}
            onClick={only(invite, () => invite.mutate())}
          >
            Send invitation
          </Button>
        )}
        {user.actions.unlock && (
          <Button
            icon={<UnlockOutlined />}
            loading={unlock.isPending}
            onClick={only(unlock, () => unlock.mutate())}
          >
            Unlock
          </Button>
        )}
        {user.actions.resetPassword && (
          <Button
            icon={<KeyOutlined />}
            loading={reset.isPending}
            onClick={only(reset, () => reset.mutate(user.id))}
          >
            Send password reset
          </Button>
        )}
        {user.actions.message && (
          <Button
            icon={<MessageOutlined />}
            onClick={() => {
              for (const mutation of others) mutation.reset();
              setMessageSent(false);
              setWriting(true);
            }}
          >
            Send message
          </Button>
        )}
      </Space>
      <SendMessageModal
        user={user}
        open={writing}
        onClose={() => setWriting(false)}
        onSent={() => {
          setWriting(false);
          setMessageSent(true);
        }}
      />
      <div aria-live="polite">
        {messageSent && (
          <Alert
            type="success"
            showIcon
            className="form-alert"
            title="Message sent"
            description={`Your message is on its way to ${user.email}; it is listed under Communications.`}
          />
        )}
        {invite.isSuccess && (
          <Alert
            type="success"
            showIcon
            className="form-alert"
            title="Invitation sent"
            description={
              resend
                ? `A new activation link is on its way to ${user.email ?? 'the learner'}; links sent earlier no longer work.`
                : `An activation link is on its way to ${user.email ?? 'the learner'}.`
            }
          />
        )}
        {unlock.isSuccess && (
          <Alert type="success" showIcon className="form-alert" title="Account unlocked" />
        )}
        {reset.isSuccess && (
          <Alert
            type="success"
            showIcon
            className="form-alert"
            title="Password reset sent"
            description={`A link to choose a new password is on its way to ${user.email}; it works once, for an hour.`}
          />
        )}
        {reset.isError && (
          <Alert type="error" showIcon className="form-alert" title={reset.error.message} />
        )}
        {invite.isError && (
          <Alert type="error" showIcon className="form-alert" title={invite.error.message} />
        )}
        {unlock.isError && (
          <Alert type="error" showIcon className="form-alert" title={unlock.error.message} />
        )}
      </div>
    </>
  );
}
