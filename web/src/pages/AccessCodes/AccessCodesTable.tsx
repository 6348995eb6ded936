import { Table, type TableProps } from 'antd';
import type { SortOrder as AntSortOrder } from 'antd/es/table/interface';
import { Link } from 'react-router';
import {
  ACCESS_CODE_SORTS,
  type AccessCode,
  type AccessCodePage,
  type AccessCodeQuery,
  type AccessCodeSort,
} from '../../api/access-codes';
import { formatDate } from '../../components/dates';
import { EmailText } from '../../components/EmailText';
import { AccessCodeStatus } from './AccessCodeStatus';

interface Props {
  query: AccessCodeQuery;
  data: AccessCodePage | undefined;
  loading: boolean;
  onChange: (change: { page: number; sort?: AccessCodeSort; order?: 'asc' | 'desc' }) => void;
  /** Rows chosen for revoking or extending; only unused ones can be chosen. */
  selected: number[];
  onSelect: (ids: number[]) => void;
}

/** Only codes nobody has used and nobody has revoked can be revoked or extended. */
const changeable = (code: AccessCode) =>
  code.status === 'NotActivated' || code.status === 'Expired';

type Columns = NonNullable<TableProps<AccessCode>['columns']>;

/** Read by screen readers, not shown: the usual clip pattern. */
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

const isSort = (key: unknown): key is AccessCodeSort =>
  ACCESS_CODE_SORTS.some((sort) => sort === key);

/** The server orders by id ascending when the address names no sort; no header shows that. */
function sortOrderOf(query: AccessCodeQuery, column: AccessCodeSort): AntSortOrder {
  if ((query.sort ?? 'id') !== column) return null;
  return query.order === 'desc' ? 'descend' : 'ascend';
}

function columns(query: AccessCodeQuery): Columns {
  const sortable = (key: AccessCodeSort) => ({
    key,
    sorter: true,
    sortOrder: sortOrderOf(query, key),
    sortDirections: ['ascend', 'descend'] satisfies AntSortOrder[],
  });
  return [
    {
      title: 'Code',
      ...sortable('code'),
      className: 'no-wrap',
      render: (_, c) => <code>{c.code}</code>,
    },
    {
      title: 'Status',
      ...sortable('status'),
      render: (_, c) => <AccessCodeStatus status={c.status} />,
    },
    {
      title: 'Registered email',
      ...sortable('registeredEmail'),
      render: (_, c) =>
        c.registeredEmail && c.registeredUserId ? (
          <a href={`/users/${c.registeredUserId}`} target="_blank" rel="noopener noreferrer">
            <EmailText email={c.registeredEmail} />
            <span style={visuallyHidden}> (opens in a new tab)</span>
          </a>
        ) : (
          (c.registeredEmail ?? '')
        ),
    },
    { title: 'Description', ...sortable('description'), render: (_, c) => c.description ?? '' },
    {
      title: 'Group',
      ...sortable('group'),
      render: (_, c) => <Link to={`/users/overview?groupId=${c.groupId}`}>{c.groupName}</Link>,
    },
    { title: 'Date issued', ...sortable('issuedAt'), render: (_, c) => formatDate(c.issuedAt) },
    {
      title: 'Date activated',
      ...sortable('activatedAt'),
      render: (_, c) => formatDate(c.activatedAt),
    },
    {
      title: 'Creator email',
      ...sortable('creatorEmail'),
      render: (_, c) => (c.creatorEmail ? <EmailText email={c.creatorEmail} /> : ''),
    },
  ];
}

export function AccessCodesTable({ query, data, loading, onChange, selected, onSelect }: Props) {
  const handleChange: TableProps<AccessCode>['onChange'] = (
    pagination,
    _filters,
    sorter,
    extra,
  ) => {
    if (extra.action === 'paginate') {
      onChange({ page: pagination.current ?? 1, sort: query.sort, order: query.order });
      return;
    }
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = isSort(one?.columnKey) && one?.order ? one.columnKey : undefined;
    onChange({ page: 1, sort: key, order: one?.order === 'descend' ? 'desc' : 'asc' });
  };
  return (
    <Table<AccessCode>
      rowKey="id"
      // Eight columns: the denser rows keep them all inside the card at 1280 px.
      size="middle"
      columns={columns(query)}
      rowSelection={{
        selectedRowKeys: selected,
        onChange: (keys) => onSelect(keys.map(Number)),
        // antd copies the header into a hidden measuring row; a "select all" box there would be
        // a focusable element hidden from screen readers, so the header holds words instead.
        hideSelectAll: true,
        columnTitle: <span style={visuallyHidden}>Choose</span>,
        getCheckboxProps: (code) => ({
          disabled: !changeable(code),
          'aria-label': `Select ${code.code} (${code.groupName})`,
        }),
      }}
      dataSource={data?.items}
      loading={loading}
      onChange={handleChange}
      // As wide as its container from 1280 px screens (long emails wrap); narrower, it scrolls.
      scroll={{ x: 960 }}
      // antd draws the empty text in a pale grey below 4.5:1; this shade passes.
      locale={{
        emptyText: <span style={{ color: '#595959' }}>No access codes match these filters.</span>,
      }}
      pagination={{
        current: query.page,
        pageSize: query.pageSize,
        total: data?.total ?? 0,
        showSizeChanger: false,
        showTotal: (total, [from, to]) => `${from}–${to} of ${total} access codes`,
      }}
    />
  );
}
