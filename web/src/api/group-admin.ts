/** Groups set-up: add, rename or move (with version), delete (POST/PATCH/DELETE /groups). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

export interface Group {
  id: number;
  name: string;
  label: string;
  parentId: number | null;
  rootId: number;
  version: number;
}

export interface CreateGroupRequest {
  name: string;
  parentId?: number | null;
}

export interface UpdateGroupRequest {
  version: number;
  name?: string;
  parentId?: number;
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['groups'] });
}

export function useCreateGroup() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (request: CreateGroupRequest) => api<Group>('POST', '/groups', request),
    onSuccess: refresh,
  });
}

export function useUpdateGroup() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...request }: UpdateGroupRequest & { id: number }) =>
      api<Group>('PATCH', `/groups/${id}`, request),
    onSuccess: refresh,
  });
}

export function useDeleteGroup() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: number) => api<null>('DELETE', `/groups/${id}`),
    onSuccess: refresh,
  });
}
