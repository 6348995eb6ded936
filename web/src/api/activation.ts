/** The public activation page: check the emailed link, then set a password. */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { Answer, Body } from './answers';
import { api, unwrap } from './client';

/** Whose link it is; `tenant`, when the server tells it, fills in the sign-in form. */
export type ActivationPreview = Answer<'/activation/preview', 'post'>;
export type ActivationRequest = Body<'/activation', 'post'>;

export function useActivationPreview(token: string) {
  return useQuery({
    queryKey: ['activation', token],
    queryFn: () => unwrap(api.POST('/activation/preview', { body: { token } })),
    enabled: token !== '',
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useActivate() {
  return useMutation({
    mutationFn: (request: ActivationRequest) => unwrap(api.POST('/activation', { body: request })),
  });
}
