import { Alert, Button } from 'antd';
import { useState } from 'react';
import type { UserRecord } from '../../api/user-types';
import { ChangeRequestModal } from './ChangeRequestModal';

const FALLBACK =
  "This learner's funding (ILR) record has been quality assured, so the greyed-out details cannot be changed here.";

/** Says why some fields are greyed out, and offers the way through: a change request. */
export function FundingLockNotice({ user, message }: { user: UserRecord; message: string | null }) {
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  return (
    <>
      <Alert
        type="warning"
        showIcon
        className="form-alert"
        title="Some details are locked"
        description={
          <>
            {message ?? FALLBACK}{' '}
            <Button type="link" className="inline-link" onClick={() => setOpen(true)}>
              Raise a change request
            </Button>
          </>
        }
      />
      {sent && (
        <Alert
          type="success"
          showIcon
          className="form-alert"
          title="Change request sent"
          description="It is recorded against the learner for review."
        />
      )}
      <ChangeRequestModal
        user={user}
        open={open}
        onClose={() => setOpen(false)}
        onSent={() => {
          setOpen(false);
          setSent(true);
        }}
      />
    </>
  );
}
