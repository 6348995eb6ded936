/** Standard administrators of the tenant: list, create, edit (with version), deactivate. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { learnerOptionsKey } from './learners';

export interface Administrator {
  id: number;
  username: string | null;
  title: string | null;
  firstName: string;
  surname: string;
  email: string | null;
  mobile: string | null;
  subscriptionStatus: string;
  groupIds: number[];
  groups: { id: number; name: string; label: string }[];
  version: number;
  createdAt: string;
  actions: { edit: boolean; invite: boolean; deactivate: boolean };
}

export interface AdministratorFields {
  title?: string | null;
  firstName: string;
  surname: string;
  email: string;
  mobile?: string | null;
  groupIds: number[];
}

export interface CreateAdministratorRequest extends AdministratorFields {
  invite?: boolean;
}

export interface UpdateAdministratorRequest extends Partial<AdministratorFields> {
  version: number;
}

const key = ['administrators'] as const;

export function useAdministrators() {
  return useQuery({
    queryKey: key,
    queryFn: () => api<{ items: Administrator[]; total: number }>('GET', '/administrators'),
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
      api<Administrator>('POST', '/administrators', request),
    onSuccess: refresh,
  });
}

export function useUpdateAdministrator() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...request }: UpdateAdministratorRequest & { id: number }) =>
      api<Administrator>('PATCH', `/administrators/${id}`, request),
    onSuccess: refresh,
  });
}

export function useDeactivateAdministrator() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: number) => api<Administrator>('POST', `/administrators/${id}/deactivate`),
    onSuccess: refresh,
  });
}

export function useInviteAdministrator() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: number) => api<unknown>('POST', `/users/${id}/invitation`),
    onSuccess: refresh,
  });
}
