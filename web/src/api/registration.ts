/** The public self-registration page: the provider's name, and registering with a code. */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { Answer, Body } from './answers';
import { api, unwrap } from './client';

export type PublicTenant = Answer<'/public/{tenant}', 'get'>;
export type RegistrationRequest = Body<'/public/{tenant}/registrations', 'post'>;
export type RegisteredUser = Answer<'/public/{tenant}/registrations', 'post'>;

const tenantPath = (tenant: string) => ({ params: { path: { tenant } } });

export function usePublicTenant(slug: string) {
  return useQuery({
    queryKey: ['public-tenant', slug],
    queryFn: () => unwrap(api.GET('/public/{tenant}', tenantPath(slug))),
  });
}

export function useRegister(slug: string) {
  return useMutation({
    mutationFn: (request: RegistrationRequest) =>
      unwrap(api.POST('/public/{tenant}/registrations', { ...tenantPath(slug), body: request })),
  });
}
