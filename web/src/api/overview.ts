/** Users overview: how many visible users there are, by subscription status and by type. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, withQuery } from './client';
import type { SubscriptionStatus, UserType } from './types';

export interface UsersOverview {
  /** Users with status FullUser. */
  activeUsers: number;
  invitedUsers: number;
  expiredUsers: number;
  byStatus: Record<SubscriptionStatus, number>;
  byType: Record<UserType, number>;
}

export function useUsersOverview(groupIds: number[]) {
  return useQuery({
    queryKey: ['users-overview', groupIds],
    queryFn: () => api<UsersOverview>('GET', withQuery('/users/overview', { groupId: groupIds })),
    placeholderData: keepPreviousData,
  });
}
