/** Standard administrators of the tenant: list, create, edit (with version), deactivate. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Answer, Body } from './answers';
import { api, unwrap } from './client';
import { learnerOptionsKey } from './learners';

export type Administrator = Answer<'/administrators/{id}', 'get'>;
export type CreateAdministratorRequest = Body<'/administrators', 'post'>;
export type UpdateAdministratorRequest = Body<'/administrators/{id}', 'patch'>;

const key = ['administrators'] as const;

export function useAdministrators() {
  return useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.GET('/administrators')),
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: key });
    void queryClient.invalidateQueries({ queryKey: learnerOptionsKey });
  };
}

export function useCreateAdministrator() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (request: CreateAdministratorRequest) =>
      unwrap(api.POST('/administrators', { body: request })),
    onSuccess: refresh,
  });
}

export function useUpdateAdministrator() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...request }: UpdateAdministratorRequest & { id: number }) =>
      unwrap(api.PATCH('/administrators/{id}', { params: { path: { id } }, body: request })),
    onSuccess: refresh,
  });
}

export function useDeactivateAdministrator() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: number) =>
      unwrap(api.POST('/administrators/{id}/deactivate', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

export function useInviteAdministrator() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: number) =>
      unwrap(api.POST('/users/{id}/invitation', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}
