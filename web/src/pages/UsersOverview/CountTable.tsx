import { Table, Typography } from 'antd';
import { useId } from 'react';
import { Link } from 'react-router';

export interface CountRow {
  key: string;
  label: string;
  count: number;
  /** The Users grid filtered to these users. */
  to: string;
}

interface Props {
  /** The heading above the table, which names it for screen readers. */
  title: string;
  /** The heading of the first column. */
  rowsAre: string;
  rows: CountRow[];
  loading: boolean;
}

const format = (count: number) => count.toLocaleString('en-GB');

/** A two-column table of counts, each count a link to the users it counts. */
export function CountTable({ title, rowsAre, rows, loading }: Props) {
  const headingId = useId();
  return (
    <>
      <Typography.Title level={2} id={headingId}>
        {title}
      </Typography.Title>
      <Table<CountRow>
        aria-labelledby={headingId}
        rowKey="key"
        size="small"
        pagination={false}
        loading={loading}
        dataSource={rows}
        columns={[
          { title: rowsAre, key: 'label', rowScope: 'row', render: (_, row) => row.label },
          {
            title: 'Users',
            key: 'count',
            align: 'right',
            render: (_, row) => (
              <Link to={row.to} aria-label={`${format(row.count)} users – ${row.label}`}>
                {format(row.count)}
              </Link>
            ),
          },
        ]}
      />
    </>
  );
}
