/** Users overview: how many visible users there are, by subscription status and by type. */

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Answer } from './answers';
import { api, withQuery } from './client';

/** The Users overview counts. */
export type UsersOverview = Answer<'/api/v1/users/overview', 'get', 200>;

export function useUsersOverview(groupIds: number[]) {
  return useQuery({
    queryKey: ['users-overview', groupIds],
    queryFn: () => api<UsersOverview>('GET', withQuery('/users/overview', { groupId: groupIds })),
    placeholderData: keepPreviousData,
  });
}
