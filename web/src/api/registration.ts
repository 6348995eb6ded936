/** The public self-registration page: the provider's name, and registering with a code. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from './client';

export interface PublicTenant {
  slug: string;
  name: string;
}

export interface RegistrationRequest {
  accessCode: string;
  firstName: string;
  surname: string;
  email: string;
  password: string;
}

export interface RegisteredUser {
  id: number;
  username: string;
  firstName: string;
  surname: string;
  email: string;
}

const path = (slug: string) => `/public/${encodeURIComponent(slug)}`;

export function usePublicTenant(slug: string) {
  return useQuery({
    queryKey: ['public-tenant', slug],
    queryFn: () => api<PublicTenant>('GET', path(slug)),
  });
}

export function useRegister(slug: string) {
  return useMutation({
    mutationFn: (request: RegistrationRequest) =>
      api<RegisteredUser>('POST', `${path(slug)}/registrations`, request),
  });
}
