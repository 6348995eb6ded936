/** A user's status actions, and the funding episodes that can hold back archiving. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Body } from './answers';
import { api, unwrap } from './client';
import { userKey } from './user-record';
import type { StatusAction } from './user-types';

const episodesKey = (id: number) => ['user', id, 'funding-episodes'] as const;

const STATUS_PATHS = {
  cancel: '/users/{id}/cancel',
  suspend: '/users/{id}/suspend',
  resume: '/users/{id}/resume',
  expire: '/users/{id}/expire',
  archive: '/users/{id}/archive',
  restore: '/users/{id}/restore',
} as const satisfies Record<StatusAction, string>;

export function useStatusAction(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: StatusAction) =>
      unwrap(api.POST(STATUS_PATHS[action], { params: { path: { id } } })),
    onSuccess: (user) => {
      queryClient.setQueryData(userKey(id), user);
      return queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
}

export function useFundingEpisodes(id: number, enabled: boolean) {
  return useQuery({
    queryKey: episodesKey(id),
    queryFn: () => unwrap(api.GET('/users/{id}/funding-episodes', { params: { path: { id } } })),
    enabled,
  });
}

export function useMarkUnfunded(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (episodeId: number) =>
      unwrap(
        api.POST('/users/{id}/funding-episodes/{episodeId}/unfunded', {
          params: { path: { id, episodeId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: episodesKey(id) }),
  });
}

export type MakeEmployerRequest = Body<'/users/{id}/make-employer', 'post'>;

/** Learner → employer: the learner archived, the employer made; answers both. */
export function useMakeEmployer(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: MakeEmployerRequest) =>
      unwrap(api.POST('/users/{id}/make-employer', { params: { path: { id } }, body: request })),
    onSuccess: (made) => {
      queryClient.setQueryData(userKey(id), made.learner);
      return queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
}
