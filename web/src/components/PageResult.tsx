import { Result, type ResultProps } from 'antd';

/** A whole page that is only a result ("User not found"): its title is the page's heading. */
export function PageResult({ title, ...props }: Omit<ResultProps, 'title'> & { title: string }) {
  return <Result {...props} title={<h1 className="result-heading">{title}</h1>} />;
}
