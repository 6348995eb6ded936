/** A user's status actions, and the funding episodes that can hold back archiving. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Answer } from './answers';
import { api } from './client';
import { userKey } from './user-record';
import type { StatusAction, UserRecord } from './user-types';

type FundingEpisodes = Answer<'/api/v1/users/{id}/funding-episodes', 'get', 200>;
const episodesKey = (id: number) => ['user', id, 'funding-episodes'] as const;

export function useStatusAction(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: StatusAction) => api<UserRecord>('POST', `/users/${id}/${action}`),
    onSuccess: (user) => {
      queryClient.setQueryData(userKey(id), user);
      return queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
}

export function useFundingEpisodes(id: number, enabled: boolean) {
  return useQuery({
    queryKey: episodesKey(id),
    queryFn: () => api<FundingEpisodes>('GET', `/users/${id}/funding-episodes`),
    enabled,
  });
}

export function useMarkUnfunded(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (episodeId: number) =>
      api<object>('POST', `/users/${id}/funding-episodes/${episodeId}/unfunded`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: episodesKey(id) }),
  });
}
