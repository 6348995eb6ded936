import { Alert, Form, Modal } from 'antd';
import { useState } from 'react';
import { type SendMessageRequest, useSendMessage } from '../../api/messages';
import type { UserRecord } from '../../api/user-types';
import { MessageFields } from '../../components/MessageFields';
import { showServerErrors } from '../../components/server-errors';

interface Props {
  user: UserRecord;
  open: boolean;
  onClose: () => void;
  onSent: () => void;
}

/** Writes one user a message by email; it goes out through the outbox like every email. */
export function SendMessageModal({ user, open, onClose, onSent }: Props) {
  const [form] = Form.useForm<SendMessageRequest>();
  const send = useSendMessage(user.id);
  const [problems, setProblems] = useState<string[]>([]);

  const submit = (values: SendMessageRequest) => {
    setProblems([]);
    send.mutate(values, {
      onSuccess: onSent,
      onError: (error) => setProblems(showServerErrors(form, error)),
    });
  };

  return (
    <Modal
      open={open}
      title={`Send a message to ${user.firstName} ${user.surname}`}
      okText="Send message"
      onOk={() => form.submit()}
      confirmLoading={send.isPending}
      onCancel={onClose}
      afterClose={() => setProblems([])}
      destroyOnHidden
      width={640}
    >
      <p>It is emailed to {user.email}.</p>
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join(' ')} className="form-alert" />
      )}
      <Form<SendMessageRequest> form={form} name="sendMessage" layout="vertical" onFinish={submit}>
        <MessageFields />
      </Form>
    </Modal>
  );
}
