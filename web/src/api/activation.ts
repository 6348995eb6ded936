/** The public activation page: check the emailed link, then set a password. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from './client';

export interface ActivationPreview {
  firstName: string;
  username: string;
  /** The organisation's slug, when the server tells it: the sign-in form is then filled in. */
  tenant?: string;
}

export interface ActivationRequest {
  token: string;
  username?: string;
  password: string;
}

export function useActivationPreview(token: string) {
  return useQuery({
    queryKey: ['activation', token],
    queryFn: () => api<ActivationPreview>('POST', '/activation/preview', { token }),
    enabled: token !== '',
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useActivate() {
  return useMutation({
    mutationFn: (request: ActivationRequest) =>
      api<{ username: string }>('POST', '/activation', request),
  });
}
