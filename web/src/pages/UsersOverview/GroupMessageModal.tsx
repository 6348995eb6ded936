import { Alert, Form, Modal, Progress, TreeSelect } from 'antd';
import { useState } from 'react';
import {
  type GroupMessageStarted,
  type SendMessageRequest,
  useSendGroupMessage,
  useSentMessage,
} from '../../api/messages';
import { useGroupTreeData } from '../../components/GroupTreeSelect';
import { MessageFields } from '../../components/MessageFields';
import { showServerErrors } from '../../components/server-errors';

type Values = SendMessageRequest & { groupId: number };

const GROUP_FIELD = 'group-message-group';

interface Props {
  open: boolean;
  /** The group chosen on the overview, when exactly one is. */
  groupId: number | undefined;
  onClose: () => void;
}

/** How far the emails of a group message are written, asked again until finished. */
function Progressing({ started }: { started: GroupMessageStarted }) {
  const message = useSentMessage(started.id);
  const data = message.data;
  const done = data?.done ?? 0;
  const total = data?.total ?? started.recipients;
  const users = (count: number) =>
    `${count.toLocaleString('en-GB')} ${count === 1 ? 'user' : 'users'}`;
  return (
    <div aria-live="polite">
      <Alert
        type={data?.status === 'failed' ? 'error' : 'success'}
        showIcon
        className="form-alert"
        title={
          data?.status === 'done'
            ? `Message on its way to ${users(total)}`
            : data?.status === 'failed'
              ? (data.error ?? 'Sending stopped.')
              : `Writing the message for ${users(total)}…`
        }
        description={
          started.withoutEmail > 0
            ? `${users(started.withoutEmail)} of the group without an email address left out.`
            : undefined
        }
      />
      <Progress
        percent={total ? Math.round((done / total) * 100) : 100}
        aria-label="Emails written"
      />
    </div>
  );
}

/** A message to every user of one group (and its subgroups) the administrator can see. */
export function GroupMessageModal({ open, groupId, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const send = useSendGroupMessage();
  const groups = useGroupTreeData();
  const [problems, setProblems] = useState<string[]>([]);
  const [started, setStarted] = useState<GroupMessageStarted | null>(null);

  const submit = (values: Values) => {
    setProblems([]);
    send.mutate(values, {
      onSuccess: setStarted,
      onError: (error) => setProblems(showServerErrors(form, error)),
    });
  };

  return (
    <Modal
      open={open}
      title="Send a group message"
      okText={started ? 'Close' : 'Send message'}
      onOk={() => (started ? onClose() : form.submit())}
      confirmLoading={send.isPending}
      onCancel={onClose}
      cancelButtonProps={started ? { style: { display: 'none' } } : undefined}
      afterClose={() => {
        setProblems([]);
        setStarted(null);
      }}
      destroyOnHidden
      width={640}
    >
      {started ? (
        <Progressing started={started} />
      ) : (
        <>
          <p>
            Every user of the group and its subgroups whom you can see gets it by email, except
            archived users and those without an email address.
          </p>
          {problems.length > 0 && (
            <Alert type="error" showIcon title={problems.join(' ')} className="form-alert" />
          )}
          <Form<Values>
            form={form}
            name="groupMessage"
            layout="vertical"
            initialValues={{ groupId }}
            onFinish={submit}
          >
            <Form.Item
              label="Group"
              name="groupId"
              htmlFor={GROUP_FIELD}
              rules={[{ required: true, message: 'Choose a group.' }]}
            >
              <TreeSelect<number>
                id={GROUP_FIELD}
                // The input names `${id}_list` in aria-owns, but the tree has no element with that id.
                popupRender={(menu) => <div id={`${GROUP_FIELD}_list`}>{menu}</div>}
                // Inside the dialog, so the open list is within it for assistive technology too.
                getPopupContainer={(trigger: HTMLElement) => trigger.parentElement ?? document.body}
                showSearch
                treeDefaultExpandAll
                treeNodeFilterProp="title"
                placeholder="Select a group"
                loading={groups.loading}
                treeData={groups.treeData}
                notFoundContent={groups.failed ? 'Groups could not be loaded' : 'No groups'}
              />
            </Form.Item>
            <MessageFields />
          </Form>
        </>
      )}
    </Modal>
  );
}
