/** Groups set-up: add, rename or move (with version), delete (POST/PATCH/DELETE /groups). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Answer, Body } from './answers';
import { api, unwrap } from './client';

export type Group = Answer<'/groups', 'post'>;
export type CreateGroupRequest = Body<'/groups', 'post'>;
export type UpdateGroupRequest = Body<'/groups/{id}', 'patch'>;

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['groups'] });
}

export function useCreateGroup() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (request: CreateGroupRequest) => unwrap(api.POST('/groups', { body: request })),
    onSuccess: refresh,
  });
}

export function useUpdateGroup() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...request }: UpdateGroupRequest & { id: number }) =>
      unwrap(api.PATCH('/groups/{id}', { params: { path: { id } }, body: request })),
    onSuccess: refresh,
  });
}

export function useDeleteGroup() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/groups/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}
