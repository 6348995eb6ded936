import { Typography } from 'antd';
import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <PageHeading title="Page not found" />
      <Typography.Paragraph>
        There is nothing at this address, or you cannot see it.
      </Typography.Paragraph>
      <Link to="/">Back to home</Link>
    </>
  );
}
