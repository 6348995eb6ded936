/** Users overview: how many visible users there are, by subscription status and by type. */

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Answer } from './answers';
import { api, unwrap } from './client';

/** The Users overview counts. */
export type UsersOverview = Answer<'/users/overview', 'get'>;

export function useUsersOverview(groupIds: number[]) {
  return useQuery({
    queryKey: ['users-overview', groupIds],
    queryFn: () => unwrap(api.GET('/users/overview', { params: { query: { groupId: groupIds } } })),
    placeholderData: keepPreviousData,
  });
}
