import { Alert, Table, type TableProps, Tag, Typography } from 'antd';
import { useCommunications } from '../../api/user-record';
import type { Communication } from '../../api/user-types';
import { formatDateTime } from '../../components/dates';
import { ScrollRegion } from '../../components/ScrollRegion';

const statusLabels: Record<Communication['status'], { text: string; colour: string }> = {
  pending: { text: 'Waiting to send', colour: '#595959' },
  sent: { text: 'Sent', colour: '#237804' },
  failed: { text: 'Not delivered', colour: '#a8071a' },
  refused: { text: 'Refused', colour: '#a8071a' },
  bounced: { text: 'Returned undelivered', colour: '#a8071a' },
};

/** Why one lost email never arrived, in a sentence. */
function whyLost(mail: Communication) {
  const detail = mail.lastError ? ` (${mail.lastError})` : '';
  if (mail.status === 'refused')
    return `their mail server refused it${detail}. Check the email address.`;
  if (mail.status === 'bounced')
    return `their mail server took it, then sent it back undelivered${detail}. Check the email address.`;
  return `it could not be delivered after ${mail.attempts} tries${detail}.`;
}

const columns: TableProps<Communication>['columns'] = [
  { title: 'Subject', dataIndex: 'subject', key: 'subject' },
  { title: 'To', dataIndex: 'toAddress', key: 'to' },
  {
    title: 'From',
    key: 'from',
    render: (_, mail) => mail.sentBy?.name ?? 'Roster',
  },
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

/** How delivery went, and the email as it was sent (links without their secrets). */
function Delivery({ mail }: { mail: Communication }) {
  const facts = [
    `Tries: ${mail.attempts}`,
    mail.nextAttemptAt && `Next try: ${formatDateTime(mail.nextAttemptAt)}`,
    mail.lastError && `Delivery error: ${mail.lastError}`,
  ].filter(Boolean);
  // Capped in width: the grid sizes its columns to their content, and an email's long lines
  // would otherwise stretch every column.
  return (
    <div style={{ maxWidth: '72ch' }}>
      <Typography.Paragraph type="secondary">{facts.join(' · ')}</Typography.Paragraph>
      <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{mail.body}</div>
    </div>
  );
}

/** Emails that never reached the person, said plainly. */
function NeverArrived({ mails }: { mails: Communication[] }) {
  const lost = mails.filter((mail) => ['refused', 'bounced', 'failed'].includes(mail.status));
  if (lost.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      className="form-alert"
      title={
        lost.length === 1
          ? 'They never got one of these emails'
          : `They never got ${lost.length} of these emails`
      }
      description={
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {lost.map((mail) => (
            <li key={mail.id}>
              “{mail.subject}” to {mail.toAddress}, {formatDateTime(mail.createdAt)}:{' '}
              {whyLost(mail)}
            </li>
          ))}
        </ul>
      }
    />
  );
}

/** The emails Roster has sent, or is about to send, to the user: newest first. */
export function Communications({ userId }: { userId: number }) {
  const mails = useCommunications(userId);
  if (mails.isError) return <Alert type="error" showIcon title={mails.error.message} />;
  return (
    <>
      <NeverArrived mails={mails.data?.items ?? []} />
      <ScrollRegion label="Emails">
        <Table<Communication>
          rowKey="id"
          columns={columns}
          dataSource={mails.data?.items}
          loading={mails.isPending}
          expandable={{
            // An empty header cell fails axe; the heading names the column of expand buttons.
            columnTitle: <span className="sr-only">The email as sent</span>,
            expandedRowRender: (mail) => <Delivery mail={mail} />,
          }}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: 'No emails have been sent to this user.' }}
        />
      </ScrollRegion>
    </>
  );
}
