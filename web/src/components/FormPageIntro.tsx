import { Alert, Typography } from 'antd';
import { PageHeading } from './PageHeading';

/** The top of a create form: where we are, the title, the asterisk note and what went wrong. */
export function FormPageIntro({ title, problems }: { title: string; problems: string[] }) {
  return (
    <>
      <PageHeading title={title} />
      <Typography.Paragraph>
        Fields marked with an asterisk (*) must be filled in.
      </Typography.Paragraph>
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join(' ')} className="form-alert" />
      )}
    </>
  );
}
