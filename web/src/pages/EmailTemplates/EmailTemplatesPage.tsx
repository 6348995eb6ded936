import { Alert, Card, Skeleton, Typography } from 'antd';
import { useEmailTemplate } from '../../api/messages';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { TemplateForm } from './TemplateForm';

/** The organisation's wording of the emails Roster sends for it: the activation email. */
export function EmailTemplatesPage() {
  usePageTitle('Email templates');
  const template = useEmailTemplate('activation');
  return (
    <>
      <PageHeading title="Email templates" />
      <Card title={<h2 className="card-heading">Activation email</h2>} className="form-card">
        <Typography.Paragraph>
          Sent when a learner, employer user or administrator is invited, with their own link to
          choose a password. Write it in plain text; Roster fills in each placeholder for each
          person and always puts the link where {'{{activationLink}}'} stands.
        </Typography.Paragraph>
        {template.isPending && <Skeleton active />}
        {template.isError && <Alert type="error" showIcon title={template.error.message} />}
        {template.data && <TemplateForm template={template.data} />}
      </Card>
    </>
  );
}
