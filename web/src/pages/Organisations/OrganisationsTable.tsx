import { Alert, App, Button, Flex, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  type OrganisationSummary,
  type OrganisationType,
  useArchiveOrganisation,
  useOrganisations,
} from '../../api/organisations';
import { ORGANISATION_TYPE_LABELS, OrganisationModal } from '../../components/OrganisationModal';
import { OrganisationDetails } from './OrganisationDetails';

type Editing = { kind: 'create' } | { kind: 'edit'; organisation: OrganisationSummary } | null;

/**
 * The organisations of one type by name, with New, Edit and Archive (or Restore); a row
 * expands to its addresses and contacts. Archived ones are listed only when asked for.
 */
export function OrganisationsTable({ type }: { type: OrganisationType }) {
  const [showArchived, setShowArchived] = useState(false);
  const organisations = useOrganisations(type, showArchived ? 'include' : 'exclude');
  const archive = useArchiveOrganisation();
  const [editing, setEditing] = useState<Editing>(null);
  const { message } = App.useApp();
  const kind = ORGANISATION_TYPE_LABELS[type].toLowerCase();

  const setArchived = (organisation: OrganisationSummary, archived: boolean) =>
    archive.mutate(
      { organisationId: organisation.id, archived },
      {
        onSuccess: () =>
          message.success(`${organisation.name} ${archived ? 'archived' : 'restored'}.`),
        onError: (error) => message.error(error.message),
      },
    );

  if (organisations.isError)
    return <Alert type="error" showIcon title={organisations.error.message} />;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Button type="primary" onClick={() => setEditing({ kind: 'create' })}>
          New {kind}
        </Button>
        <Space>
          <Switch
            checked={showArchived}
            onChange={setShowArchived}
            aria-label="Show archived organisations"
          />
          <Typography.Text aria-hidden>Show archived</Typography.Text>
        </Space>
      </Flex>
      <Table<OrganisationSummary>
        rowKey="id"
        loading={organisations.isPending}
        dataSource={organisations.data?.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        // antd greys its empty text below 4.5:1; the secondary text colour of our theme passes.
        locale={{
          emptyText: (
            <Typography.Text type="secondary">No organisations of this type.</Typography.Text>
          ),
        }}
        expandable={{
          // An empty header cell fails axe; the heading names the column of expand buttons.
          columnTitle: <span className="sr-only">Addresses and contacts</span>,
          expandedRowRender: (organisation) => <OrganisationDetails id={organisation.id} />,
        }}
        columns={[
          {
            title: 'Name',
            key: 'name',
            rowScope: 'row',
            render: (_, o) => (
              <>
                {o.name} {o.archivedAt && <Tag>Archived</Tag>}
              </>
            ),
          },
          { title: 'UKPRN', key: 'ukprn', render: (_, o) => o.ukprn ?? '' },
          ...(type === 'employer'
            ? [
                {
                  title: 'Main Aim Registration Number',
                  key: 'mainAim',
                  render: (_: unknown, o: OrganisationSummary) => o.mainAimRegistrationNumber ?? '',
                },
              ]
            : []),
          {
            title: 'Actions',
            key: 'actions',
            render: (_, o) => (
              <Space>
                <Button
                  size="small"
                  aria-label={`Edit ${o.name}`}
                  onClick={() => setEditing({ kind: 'edit', organisation: o })}
                >
                  Edit
                </Button>
                <Button
                  size="small"
                  aria-label={`${o.archivedAt ? 'Restore' : 'Archive'} ${o.name}`}
                  onClick={() => setArchived(o, !o.archivedAt)}
                  loading={archive.isPending && archive.variables?.organisationId === o.id}
                >
                  {o.archivedAt ? 'Restore' : 'Archive'}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <OrganisationModal
          open
          mode={editing.kind === 'edit' ? editing : { kind: 'create', type, typeFixed: true }}
          title={editing.kind === 'edit' ? `Edit ${editing.organisation.name}` : `New ${kind}`}
          onClose={() => setEditing(null)}
          onSaved={() => {
            message.success(
              editing.kind === 'edit' ? 'Organisation saved.' : 'Organisation created.',
            );
            setEditing(null);
          }}
        />
      )}
    </Flex>
  );
}
