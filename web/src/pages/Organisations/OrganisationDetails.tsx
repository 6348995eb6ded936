import { Alert, Button, Flex, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import {
  type OrganisationAddress,
  type OrganisationContact,
  useOrganisation,
} from '../../api/organisations';
import { NewAddressModal } from '../../components/NewAddressModal';
import { NewContactModal } from '../EditUser/NewContactModal';
import { CorrectPartModal, type Part } from './CorrectPartModal';

const none = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;

/** An organisation's addresses and contacts, read when its row is expanded. */
export function OrganisationDetails({ id }: { id: number }) {
  const organisation = useOrganisation(id);
  const [adding, setAdding] = useState<'address' | 'contact' | null>(null);
  const [correcting, setCorrecting] = useState<Part | null>(null);
  if (organisation.isPending) return <Spin aria-label="Loading addresses and contacts" />;
  if (organisation.isError)
    return <Alert type="error" showIcon title={organisation.error.message} />;
  const { name, addresses, contacts } = organisation.data;
  const heading = (text: string, what: 'address' | 'contact') => (
    <Flex justify="space-between" align="center">
      <Typography.Text strong>{text}</Typography.Text>
      <Button size="small" onClick={() => setAdding(what)}>
        Add {what}
      </Button>
    </Flex>
  );

  return (
    <Flex vertical gap={16}>
      <Table<OrganisationAddress>
        aria-label={`Addresses of ${name}`}
        title={() => heading('Addresses', 'address')}
        size="small"
        rowKey="id"
        dataSource={addresses}
        pagination={false}
        locale={{ emptyText: none('No addresses.') }}
        columns={[
          { title: 'Postcode', key: 'postcode', render: (_, a) => a.postcode },
          {
            title: 'Address',
            key: 'lines',
            render: (_, a) => [a.line1, a.line2].filter(Boolean).join(', '),
          },
          { title: 'Town/City', key: 'town', render: (_, a) => a.town ?? '' },
          {
            title: 'Correct',
            key: 'correct',
            render: (_, a) => (
              <Button
                size="small"
                aria-label={`Correct the address ${a.label}`}
                onClick={() => setCorrecting({ kind: 'address', address: a })}
              >
                Correct
              </Button>
            ),
          },
        ]}
      />
      <Table<OrganisationContact>
        aria-label={`Contacts of ${name}`}
        title={() => heading('Contacts', 'contact')}
        size="small"
        rowKey="id"
        dataSource={contacts}
        pagination={false}
        locale={{ emptyText: none('No contacts.') }}
        columns={[
          { title: 'Name', key: 'name', render: (_, c) => c.name },
          { title: 'Email', key: 'email', render: (_, c) => c.email ?? '' },
          { title: 'Phone', key: 'phone', render: (_, c) => c.phone ?? '' },
          {
            title: 'Correct',
            key: 'correct',
            render: (_, c) => (
              <Button
                size="small"
                aria-label={`Correct the contact ${c.name}`}
                onClick={() => setCorrecting({ kind: 'contact', contact: c })}
              >
                Correct
              </Button>
            ),
          },
        ]}
      />
      <CorrectPartModal organisationId={id} part={correcting} onClose={() => setCorrecting(null)} />
      <NewAddressModal
        open={adding === 'address'}
        organisation={{ id, role: name }}
        onClose={() => setAdding(null)}
        onCreated={() => setAdding(null)}
      />
      <NewContactModal
        open={adding === 'contact'}
        referrer={{ id, name }}
        onClose={() => setAdding(null)}
        onCreated={() => setAdding(null)}
      />
    </Flex>
  );
}
