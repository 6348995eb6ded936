import { Typography } from 'antd';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <Typography.Title level={1}>Page not found</Typography.Title>
      <Typography.Paragraph>
        There is nothing at this address, or you cannot see it.
      </Typography.Paragraph>
      <Link to="/">Back to home</Link>
    </>
  );
}
