import { Alert, Typography } from 'antd';
import { PageTrail } from './PageTrail';

/** The top of a create form: where we are, the title, the asterisk note and what went wrong. */
export function FormPageIntro({ title, problems }: { title: string; problems: string[] }) {
  return (
    <>
      <PageTrail steps={[{ label: 'Users', to: '/users' }, { label: title }]} />
      <Typography.Title level={1}>{title}</Typography.Title>
      <Typography.Paragraph>
        Fields marked with an asterisk (*) must be filled in.
      </Typography.Paragraph>
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join(' ')} className="form-alert" />
      )}
    </>
  );
}
