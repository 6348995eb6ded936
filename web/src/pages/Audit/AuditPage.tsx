import { Card } from 'antd';
import { AuditTrail } from '../../components/AuditTrail';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';

/** The tenant's audit: every entry about the users and access codes of the caller's groups. */
export function AuditPage() {
  usePageTitle('Audit');
  return (
    <>
      <PageHeading title="Audit" />
      <Card>
        <AuditTrail />
      </Card>
    </>
  );
}
