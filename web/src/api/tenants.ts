/** Every tenant, for platform support: list and create (GET/POST /tenants). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Answer, Body } from './answers';
import { api, unwrap } from './client';

export type TenantSummary = Answer<'/tenants', 'get'>['items'][number];
export type CreateTenantRequest = Body<'/tenants', 'post'>;
export type CreatedTenant = Answer<'/tenants', 'post'>;

const tenantsKey = ['tenants'] as const;

export function useTenants() {
  return useQuery({
    queryKey: tenantsKey,
    queryFn: () => unwrap(api.GET('/tenants')),
  });
}

export function useCreateTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateTenantRequest) => unwrap(api.POST('/tenants', { body: request })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantsKey }),
  });
}
