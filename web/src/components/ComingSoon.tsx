import { Typography } from 'antd';
import { Link } from 'react-router';
import { usePageTitle } from './usePageTitle';

/** Stands in for a page that is not built yet. */
export function ComingSoon({ title }: { title: string }) {
  usePageTitle(title);
  return (
    <>
      <Typography.Title level={1}>{title}</Typography.Title>
      <Typography.Paragraph>Coming soon.</Typography.Paragraph>
      <Link to="/">Back to home</Link>
    </>
  );
}
