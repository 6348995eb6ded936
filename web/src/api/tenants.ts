/** Every tenant, for platform support: list and create (GET/POST /tenants). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Tenant } from './tenant';

export interface TenantSummary {
  id: number;
  slug: string;
  name: string;
  createdAt: string;
  administrators: number;
  users: number;
}

export interface CreateTenantRequest {
  slug: string;
  name: string;
  firstAdministrator: { firstName: string; surname: string; email: string };
}

export interface CreatedTenant extends Tenant {
  id: number;
  firstAdministrator: {
    id: number;
    email: string | null;
    subscriptionStatus: string;
    outboxId: number | null;
  };
}

const tenantsKey = ['tenants'] as const;

export function useTenants() {
  return useQuery({
    queryKey: tenantsKey,
    queryFn: () => api<{ items: TenantSummary[]; total: number }>('GET', '/tenants'),
  });
}

export function useCreateTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateTenantRequest) => api<CreatedTenant>('POST', '/tenants', request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantsKey }),
  });
}
