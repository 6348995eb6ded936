import { Card, Table, type TableProps } from 'antd';
import type { Answer } from '../../api/answers';
import { useLearnerContacts } from '../../api/user-record';
import { formatDate } from '../../components/dates';
import { ScrollRegion } from '../../components/ScrollRegion';

type Contact = Answer<'/users/{id}/contacts', 'get'>['items'][number];

const columns: TableProps<Contact>['columns'] = [
  { title: 'Name', dataIndex: 'name', key: 'name' },
  { title: 'Organisation', key: 'organisation', render: (_, c) => c.organisation.name },
  { title: 'Email', dataIndex: 'email', key: 'email', render: (v) => v ?? '–' },
  { title: 'Phone', dataIndex: 'phone', key: 'phone', render: (v) => v ?? '–' },
  { title: 'Added', key: 'added', render: (_, c) => formatDate(c.addedAt) },
];

/** The learner's contacts (each referrer contact chosen for them); shown once there is one. */
export function LearnerContacts({ learnerId }: { learnerId: number }) {
  const contacts = useLearnerContacts(learnerId);
  if (!contacts.data?.items.length) return null;
  return (
    <Card title={<h2 className="card-heading">Contacts</h2>} className="form-card">
      <ScrollRegion label="Contacts">
        <Table
          rowKey="id"
          columns={columns}
          dataSource={contacts.data.items}
          pagination={false}
          size="small"
        />
      </ScrollRegion>
    </Card>
  );
}
