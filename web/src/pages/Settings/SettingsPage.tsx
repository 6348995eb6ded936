import { Alert, Descriptions, Skeleton } from 'antd';
import { useTenant } from '../../api/tenant';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { SettingsForm } from './SettingsForm';
import { SupportUnlockCard } from './SupportUnlockCard';

/** Tenant settings, for platform support (the route checks the role). */
export function SettingsPage() {
  usePageTitle('Settings');
  const tenant = useTenant();
  return (
    <>
      <PageHeading title="Settings" />
      {tenant.isPending && <Skeleton active />}
      {tenant.isError && <Alert type="error" showIcon title={tenant.error.message} />}
      {tenant.data && (
        <>
          <Descriptions
            size="small"
            style={{ marginBottom: 24 }}
            items={[
              { key: 'name', label: 'Organisation', children: tenant.data.name },
              { key: 'slug', label: 'Sign-in code', children: tenant.data.slug },
              { key: 'timeZone', label: 'Time zone', children: tenant.data.timeZone },
            ]}
          />
          <SettingsForm tenant={tenant.data} />
          <SupportUnlockCard tenant={tenant.data.slug} />
        </>
      )}
    </>
  );
}
