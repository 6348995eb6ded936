/** Users list. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, withQuery } from './client';
import type { Page, UserListQuery, UserSummary } from './types';

export function listUsers(query: UserListQuery): Promise<Page<UserSummary>> {
  const path = withQuery('/users', {
    q: query.q,
    type: query.type,
    status: query.status,
    groupId: query.groupIds,
    page: query.page,
    pageSize: query.pageSize,
    sort: query.sort,
    order: query.sort ? query.order : undefined,
  });
  return api<Page<UserSummary>>('GET', path);
}

export function useUsers(query: UserListQuery) {
  return useQuery({
    queryKey: ['users', query],
    queryFn: () => listUsers(query),
    placeholderData: keepPreviousData,
  });
}
