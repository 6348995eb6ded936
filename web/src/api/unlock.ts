/** Self-unlock: ask for an emailed link, then use it; and platform support's unlock. */
import { useMutation } from '@tanstack/react-query';
import type { Answer, Body } from './answers';
import { api } from './client';

export type UnlockLinkRequest = Body<'/api/v1/account-unlock', 'post'>;
export type SupportUnlockRequest = Body<'/api/v1/support/account-unlock', 'post'>;
type Unlocked = Answer<'/api/v1/account-unlock/confirm', 'post', 200>;
type SupportUnlocked = Answer<'/api/v1/support/account-unlock', 'post', 200>;

export function useRequestUnlockLink() {
  return useMutation({
    mutationFn: (request: UnlockLinkRequest) => api<object>('POST', '/account-unlock', request),
  });
}

export function useUnlockWithLink() {
  return useMutation({
    mutationFn: (token: string) => api<Unlocked>('POST', '/account-unlock/confirm', { token }),
  });
}

export function useSupportUnlock() {
  return useMutation({
    mutationFn: (request: SupportUnlockRequest) =>
      api<SupportUnlocked>('POST', '/support/account-unlock', request),
  });
}
