import { Alert } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useUsers } from '../../api/users';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { CreateUserMenu } from './CreateUserMenu';
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

  const go = (state: SearchState) => setParams(paramsFrom(state));
  const onSearch = (next: UserFilters) => go({ ...next, sort: query.sort, order: query.order });

  return (
    <>
      <PageHeading title="Users" extra={<CreateUserMenu />} />
      <UsersFilters value={filters} onSearch={onSearch} onReset={() => go({})} />
      {users.isError && (
        <Alert type="error" showIcon title={users.error.message} style={{ marginBottom: 16 }} />
      )}
      <UsersTable
        query={query}
        data={users.data}
        loading={users.isFetching}
        onChange={(change) => go({ ...filters, ...change })}
      />
    </>
  );
}
