import { Alert } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useUsers } from '../../api/users';
import { useRowChoice } from '../../components/BulkAction/use-row-choice';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { CreateUserMenu } from './CreateUserMenu';
import { UsersBulkBar } from './UsersBulkBar';
import { UsersFilters } from './UsersFilters';
import { UsersTable } from './UsersTable';
import {
  filtersFrom,
  paramsFrom,
  queryFrom,
  type SearchState,
  type UserFilters,
} from './users-search';

export function UsersPage() {
  usePageTitle('Users');
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the string form of the address is the identity of the view.
  const query = useMemo(() => queryFrom(params), [key]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: as above.
  const filters = useMemo(() => filtersFrom(params), [key]);
  const users = useUsers(query);

  // Users chosen for a bulk action, kept across pages and sorts; new filters start afresh.
  const choice = useRowChoice(users.data?.items ?? []);
  const [allMatching, setAllMatching] = useState(false);
  const clearChoice = () => {
    choice.clear();
    setAllMatching(false);
  };

  const go = (state: SearchState) => setParams(paramsFrom(state));
  const onSearch = (next: UserFilters) => {
    clearChoice();
    go({ ...next, sort: query.sort, order: query.order });
  };

  return (
    <>
      <PageHeading title="Users" extra={<CreateUserMenu />} />
      <UsersFilters
        value={filters}
        onSearch={onSearch}
        onReset={() => {
          clearChoice();
          go({});
        }}
      />
      <UsersBulkBar
        choice={choice}
        allMatching={
          allMatching
            ? {
                q: filters.q,
                type: filters.type,
                status: filters.status,
                groupId: filters.groupIds?.length ? filters.groupIds : undefined,
              }
            : null
        }
        onChooseAll={setAllMatching}
        total={users.data?.total ?? 0}
        filterGroupIds={filters.groupIds ?? []}
      />
      {users.isError && (
        <Alert type="error" showIcon title={users.error.message} style={{ marginBottom: 16 }} />
      )}
      <UsersTable
        query={query}
        data={users.data}
        loading={users.isFetching}
        onChange={(change) => go({ ...filters, ...change })}
        rowSelection={{
          ...choice.rowSelection,
          // With every match chosen, the rows shown are all ticked; a tick changed ends that.
          selectedRowKeys: allMatching
            ? (users.data?.items ?? []).map((user) => user.id)
            : choice.rowSelection.selectedRowKeys,
          onChange: (keys, rows, info) => {
            setAllMatching(false);
            choice.rowSelection.onChange?.(keys, rows, info);
          },
        }}
      />
    </>
  );
}
