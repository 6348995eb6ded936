/** Users list. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { UserListQuery } from './types';

export function listUsers(query: UserListQuery) {
  return unwrap(
    api.GET('/users', {
      params: {
        query: {
          q: query.q,
          type: query.type,
          status: query.status,
          groupId: query.groupIds,
          page: query.page,
          pageSize: query.pageSize,
          sort: query.sort,
          order: query.sort ? query.order : undefined,
        },
      },
    }),
  );
}

export function useUsers(query: UserListQuery) {
  return useQuery({
    queryKey: ['users', query],
    queryFn: () => listUsers(query),
    placeholderData: keepPreviousData,
  });
}
