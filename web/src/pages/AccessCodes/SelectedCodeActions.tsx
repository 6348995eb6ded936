import { Alert, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useRevokeAccessCodes } from '../../api/access-codes';
import { ExtendAccessCodesModal } from './ExtendAccessCodesModal';

interface Props {
  selected: number[];
  /** Called after a change went through: the selection is spent. */
  onDone: () => void;
}

/** Revoke or extend the chosen unused codes; what happened, or why not, is said below. */
export function SelectedCodeActions({ selected, onDone }: Props) {
  const revoke = useRevokeAccessCodes();
  const [extending, setExtending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const none = selected.length === 0;
  const finish = (message: string) => {
    setDone(message);
    onDone();
  };
  return (
    <section aria-label="Selected access codes">
      <Space wrap>
        <Popconfirm
          title={`Revoke ${selected.length} selected?`}
          description="No one will be able to register with them. This cannot be undone."
          okText="Revoke"
          okButtonProps={{ danger: true }}
          cancelText="Not now"
          disabled={none}
          onConfirm={() =>
            revoke
              .mutateAsync(selected)
              .then((result) =>
                finish(
                  `Revoked: ${result.items.length} ${result.items.length === 1 ? 'code' : 'codes'} in your groups.`,
                ),
              )
              .catch(() => setDone(null))
          }
        >
          <Button danger disabled={none}>
            Revoke
          </Button>
        </Popconfirm>
        <Button disabled={none} onClick={() => setExtending(true)}>
          Extend expiry
        </Button>
      </Space>
      <div aria-live="polite" style={{ marginTop: 8 }}>
        {revoke.isError && (
          <Alert type="error" showIcon className="form-alert" title={revoke.error.message} />
        )}
        {done && <Alert type="success" showIcon className="form-alert" title={done} />}
      </div>
      <ExtendAccessCodesModal
        ids={selected}
        open={extending}
        onClose={(message) => {
          setExtending(false);
          if (message) {
            revoke.reset();
            finish(message);
          }
        }}
      />
    </section>
  );
}
