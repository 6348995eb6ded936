import { Alert, Table, type TableProps, Tag } from 'antd';
import { useCommunications } from '../../api/user-record';
import type { Communication } from '../../api/user-types';
import { formatDateTime } from '../../components/dates';
import { ScrollRegion } from '../../components/ScrollRegion';

const statusLabels: Record<Communication['status'], { text: string; colour: string }> = {
  pending: { text: 'Waiting to send', colour: '#595959' },
  sent: { text: 'Sent', colour: '#237804' },
  failed: { text: 'Not delivered', colour: '#a8071a' },
};

const columns: TableProps<Communication>['columns'] = [
  { title: 'Subject', dataIndex: 'subject', key: 'subject' },
  { title: 'To', dataIndex: 'toAddress', key: 'to' },
  {
    title: 'Status',
    key: 'status',
    render: (_, mail) => (
      <Tag color={statusLabels[mail.status].colour}>{statusLabels[mail.status].text}</Tag>
    ),
  },
  { title: 'Created', key: 'created', render: (_, mail) => formatDateTime(mail.createdAt) },
  { title: 'Sent', key: 'sent', render: (_, mail) => formatDateTime(mail.sentAt) || '—' },
];

/** The emails Roster has sent, or is about to send, to the user: newest first. */
export function Communications({ userId }: { userId: number }) {
  const mails = useCommunications(userId);
  if (mails.isError) return <Alert type="error" showIcon title={mails.error.message} />;
  return (
    <ScrollRegion label="Emails">
      <Table<Communication>
        rowKey="id"
        columns={columns}
        dataSource={mails.data?.items}
        loading={mails.isPending}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: 'No emails have been sent to this user.' }}
      />
    </ScrollRegion>
  );
}
