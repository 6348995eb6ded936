import { EditOutlined } from '@ant-design/icons';
import { Table, type TableProps } from 'antd';
import type { SortOrder as AntSortOrder } from 'antd/es/table/interface';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { UserListQuery, UserPage, UserSort, UserSummary } from '../../api/types';
import { EmailText } from '../../components/EmailText';
import { StatusTag } from '../../components/StatusTag';
import { typeLabels } from './labels';

interface Props {
  query: UserListQuery;
  data: UserPage | undefined;
  loading: boolean;
  onChange: (change: { page: number; sort?: UserSort; order?: 'asc' | 'desc' }) => void;
  /** Ticks for choosing users for a bulk action. */
  rowSelection: TableProps<UserSummary>['rowSelection'];
}

type Columns = NonNullable<TableProps<UserSummary>['columns']>;

const isUserSort = (key: unknown): key is UserSort =>
  key === 'name' || key === 'email' || key === 'type' || key === 'status' || key === 'createdAt';

/** The server sorts by name ascending when the address names no sort; the header shows that. */
function sortOrderOf(query: UserListQuery, column: UserSort): AntSortOrder {
  const sort = query.sort ?? 'name';
  if (sort !== column) return null;
  return query.order === 'desc' ? 'descend' : 'ascend';
}

function columns(query: UserListQuery): Columns {
  const sortable = (key: UserSort) => ({
    key,
    sorter: true,
    sortOrder: sortOrderOf(query, key),
    sortDirections: ['ascend', 'descend'] satisfies AntSortOrder[],
  });
  return [
    {
      title: 'Name',
      ...sortable('name'),
      render: (_, u) => <Link to={`/users/${u.id}`}>{`${u.surname}, ${u.firstName}`}</Link>,
    },
    { title: 'Type', ...sortable('type'), render: (_, u) => typeLabels[u.type] },
    {
      title: 'Email',
      ...sortable('email'),
      render: (_, u) => (u.email ? <EmailText email={u.email} /> : '—'),
    },
    { title: 'Groups', key: 'groups', render: (_, u) => u.groups.map((g) => g.name).join(', ') },
    {
      title: 'Status',
      ...sortable('status'),
      render: (_, u) => <StatusTag status={u.subscriptionStatus} />,
    },
    {
      title: 'Created',
      ...sortable('createdAt'),
      render: (_, u) => dayjs(u.createdAt).format('DD/MM/YYYY'),
    },
    {
      title: 'Actions',
      key: 'actions',
      width: 88,
      // The server says per record what may be done: learners and employer users are edited here.
      render: (_, u) =>
        u.actions.edit && (
          <Link
            to={`/users/${u.id}/edit`}
            className="row-action"
            aria-label={`Edit ${u.firstName} ${u.surname}`}
            title="Edit"
          >
            <EditOutlined aria-hidden="true" />
          </Link>
        ),
    },
  ];
}

export function UsersTable({ query, data, loading, onChange, rowSelection }: Props) {
  const handleChange: TableProps<UserSummary>['onChange'] = (
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
    const key = isUserSort(one?.columnKey) ? one.columnKey : undefined;
    onChange({ page: 1, sort: key, order: one?.order === 'descend' ? 'desc' : 'asc' });
  };
  return (
    <Table<UserSummary>
      rowKey="id"
      columns={columns(query)}
      dataSource={data?.items}
      loading={loading}
      onChange={handleChange}
      rowSelection={rowSelection}
      // As wide as its container from 1280 px screens (long emails wrap); narrower, it scrolls.
      scroll={{ x: 900 }}
      locale={{ emptyText: 'No users match these filters.' }}
      pagination={{
        current: query.page,
        pageSize: query.pageSize,
        total: data?.total ?? 0,
        showSizeChanger: false,
        showTotal: (total, [from, to]) => `${from}–${to} of ${total} users`,
      }}
    />
  );
}
