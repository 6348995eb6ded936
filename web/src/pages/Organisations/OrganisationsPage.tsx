import { Tabs, Typography } from 'antd';
import { useState } from 'react';
import { ORGANISATION_TYPES, type OrganisationType } from '../../api/organisations';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { OrganisationsTable } from './OrganisationsTable';

const typeLabels: Record<OrganisationType, string> = {
  own: 'Your organisation',
  training: 'Training providers',
  employer: 'Employers',
  referrer: 'Referrers',
};
const TABS = ORGANISATION_TYPES.map((key) => ({ key, label: typeLabels[key] }));

const isType = (key: string): key is OrganisationType => TABS.some((tab) => tab.key === key);

/** The tenant's organisations by type: create, edit and archive them, with addresses and contacts. */
export function OrganisationsPage() {
  usePageTitle('Organisations');
  const [type, setType] = useState<OrganisationType>('own');

  return (
    <>
      <PageHeading title="Organisations" />
      <Typography.Paragraph>
        The organisations learners and employer users are linked to. Expand a row to see or add its
        addresses and contacts. An archived organisation leaves the lists of the learner form but
        stays on the learners that already have it.
      </Typography.Paragraph>
      <Tabs
        className="organisation-tabs"
        activeKey={type}
        onChange={(key) => isType(key) && setType(key)}
        items={TABS.map((tab) => ({
          key: tab.key,
          label: tab.label,
          children: <OrganisationsTable type={tab.key} />,
        }))}
      />
    </>
  );
}
