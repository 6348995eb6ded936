import { Alert, Table, Typography } from 'antd';
import {
  type OrganisationSummary,
  type OrganisationType,
  useOrganisations,
} from '../../api/organisations';
import { OrganisationDetails } from './OrganisationDetails';

/** The organisations of one type by name; a row expands to its addresses and contacts. */
export function OrganisationsTable({ type }: { type: OrganisationType }) {
  const organisations = useOrganisations(type);
  if (organisations.isError)
    return <Alert type="error" showIcon title={organisations.error.message} />;
  return (
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
        { title: 'Name', key: 'name', rowScope: 'row', render: (_, o) => o.name },
        { title: 'UKPRN', key: 'ukprn', render: (_, o) => o.ukprn ?? '' },
      ]}
    />
  );
}
