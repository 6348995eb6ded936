import { Alert, Button, Form, Input, Modal, Space, Table, type TableProps, Tag } from 'antd';
import { useState } from 'react';
import type { Answer } from '../../api/answers';
import { useSession } from '../../api/session';
import { useChangeRequests, useDecideChangeRequest } from '../../api/user-record';
import { formatDate, formatDateTime } from '../../components/dates';
import { lockedFieldLabel } from '../../components/locked-field-labels';
import { ScrollRegion } from '../../components/ScrollRegion';
import { showServerErrors } from '../../components/server-errors';

type Request = Answer<'/users/{id}/change-requests', 'get'>['items'][number];

const STATUS: Record<Request['status'], { text: string; colour: string }> = {
  open: { text: 'Waiting for a decision', colour: '#ad4e00' },
  done: { text: 'Approved and applied', colour: '#237804' },
  rejected: { text: 'Rejected', colour: '#a8071a' },
};

/** What was asked for, field by field, "–" for a value to clear. */
function Asked({ request }: { request: Request }) {
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {Object.entries(request.requested).map(([field, value]) => (
        <li key={field}>
          {lockedFieldLabel(field)}: {value === null ? '– (clear it)' : value}
        </li>
      ))}
    </ul>
  );
}

function Outcome({ request }: { request: Request }) {
  const status = STATUS[request.status];
  return (
    <>
      <Tag color={status.colour}>{status.text}</Tag>
      {request.decidedBy && (
        <div>
          by {request.decidedBy.name}, {formatDateTime(request.decidedAt)}
        </div>
      )}
      {request.rejectionReason && <div>Reason: {request.rejectionReason}</div>}
    </>
  );
}

/** Reject with a reason the administrator who asked will read. */
function RejectModal({
  learnerId,
  request,
  onClose,
}: {
  learnerId: number;
  request: Request | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const decide = useDecideChangeRequest(learnerId);
  const [problems, setProblems] = useState<string[]>([]);
  return (
    <Modal
      open={request !== null}
      title="Reject the change request"
      okText="Reject"
      okButtonProps={{ danger: true }}
      onOk={() => form.submit()}
      confirmLoading={decide.isPending}
      onCancel={onClose}
      afterClose={() => setProblems([])}
      destroyOnHidden
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon className="form-alert" title={problems.join(' ')} />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={({ reason }) =>
          request &&
          decide.mutate(
            { requestId: request.id, reason },
            { onSuccess: onClose, onError: (error) => setProblems(showServerErrors(form, error)) },
          )
        }
      >
        <Form.Item
          name="reason"
          label="Why is it rejected?"
          rules={[{ required: true, whitespace: true, message: 'Say why the change is rejected.' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * A learner's change requests to the fields the funding lock keeps: what was asked, by whom,
 * and the outcome. Another administrator approves (the values are applied) or rejects them.
 */
export function ChangeRequests({ learnerId }: { learnerId: number }) {
  const requests = useChangeRequests(learnerId);
  const session = useSession();
  const decide = useDecideChangeRequest(learnerId);
  const [rejecting, setRejecting] = useState<Request | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const me = session.data?.user.id;

  const columns: TableProps<Request>['columns'] = [
    { title: 'Asked', key: 'asked', render: (_, r) => formatDate(r.createdAt) },
    { title: 'By', key: 'by', render: (_, r) => r.requestedBy?.name ?? '–' },
    { title: 'Change', key: 'change', render: (_, r) => <Asked request={r} /> },
    { title: 'Why', dataIndex: 'note', key: 'note', render: (note) => note ?? '–' },
    { title: 'Outcome', key: 'outcome', render: (_, r) => <Outcome request={r} /> },
    {
      title: 'Decide',
      key: 'decide',
      render: (_, r) =>
        r.status !== 'open' ? null : r.requestedBy?.id === me ? (
          'Another administrator decides'
        ) : (
          <Space wrap>
            <Button
              size="small"
              type="primary"
              loading={decide.isPending}
              onClick={() => {
                setProblem(null);
                decide.mutate(
                  { requestId: r.id, approve: true },
                  { onError: (error) => setProblem(error.message) },
                );
              }}
            >
              Approve
            </Button>
            <Button size="small" danger onClick={() => setRejecting(r)}>
              Reject
            </Button>
          </Space>
        ),
    },
  ];

  if (!requests.data || requests.data.items.length === 0) return null;
  return (
    <>
      {problem && <Alert type="error" showIcon className="form-alert" title={problem} />}
      <ScrollRegion label="Change requests">
        <Table
          rowKey="id"
          columns={columns}
          dataSource={requests.data.items}
          pagination={false}
          size="small"
        />
      </ScrollRegion>
      <RejectModal learnerId={learnerId} request={rejecting} onClose={() => setRejecting(null)} />
    </>
  );
}
