import { WarningOutlined } from '@ant-design/icons';
import { Table, type TableProps } from 'antd';
import type { ImportRow, Page } from '../../api/imports';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatHint } from './import-columns';
import { headersOf } from './import-labels';
import { VerdictTag } from './VerdictTag';

interface Props {
  data: Page<ImportRow> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
}

type Columns = NonNullable<TableProps<ImportRow>['columns']>;

function Problems({ row }: { row: ImportRow }) {
  const entries = Object.entries(row.errors);
  if (entries.length === 0) return null;
  return (
    <ul className="import-problems">
      {entries.map(([header, message]) => {
        const hint = formatHint(header);
        return (
          <li key={header}>
            {/* 'Row' is the server's key for a problem of the whole row. */}
            {header && header !== 'Row' ? <strong>{header}: </strong> : null}
            {message}
            {hint && <div className="import-problem-hint">{hint}</div>}
          </li>
        );
      })}
    </ul>
  );
}

function columns(headers: string[]): Columns {
  return [
    { title: 'Line', key: 'line', dataIndex: 'line', width: 72 },
    {
      title: 'Verdict',
      key: 'verdict',
      width: 120,
      render: (_, row) => <VerdictTag verdict={row.verdict} />,
    },
    {
      title: 'Problems and what to do',
      key: 'problems',
      width: 320,
      render: (_, row) => <Problems row={row} />,
    },
    ...headers.map((header): Columns[number] => ({
      title: header,
      key: `value:${header}`,
      render: (_, row) => {
        const value = row.values[header] ?? '';
        if (!(header in row.errors)) return value;
        return (
          <span className="import-cell-error" data-problem={header}>
            <WarningOutlined aria-hidden="true" /> {value || <em>empty</em>}
          </span>
        );
      },
    })),
  ];
}

/** The previewed rows of one page: verdict, problems by column, then the file's own values. */
export function ImportRowsTable({ data, loading, page, pageSize, onPage }: Props) {
  const rows = data?.items ?? [];
  return (
    // The file may have many columns: the region scrolls sideways and takes the keyboard focus.
    <ScrollRegion label="Rows of the file">
      <Table<ImportRow>
        rowKey="line"
        size="small"
        columns={columns(headersOf(rows))}
        dataSource={rows}
        loading={loading}
        rowClassName={(row) => (row.verdict === 'error' ? 'import-row-error' : '')}
        locale={{ emptyText: <span style={{ color: '#595959' }}>No rows to show.</span> }}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          onChange: onPage,
          showTotal: (total, [from, to]) =>
            `${from.toLocaleString('en-GB')}–${to.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} rows`,
        }}
      />
    </ScrollRegion>
  );
}
