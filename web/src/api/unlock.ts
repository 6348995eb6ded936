/** Self-unlock: ask for an emailed link, then use it; and platform support's unlock. */
import { useMutation } from '@tanstack/react-query';
import type { Body } from './answers';
import { api, unwrap } from './client';

export type UnlockLinkRequest = Body<'/account-unlock', 'post'>;
export type SupportUnlockRequest = Body<'/support/account-unlock', 'post'>;

export function useRequestUnlockLink() {
  return useMutation({
    mutationFn: (request: UnlockLinkRequest) =>
      unwrap(api.POST('/account-unlock', { body: request })),
  });
}

export function useUnlockWithLink() {
  return useMutation({
    mutationFn: (token: string) => unwrap(api.POST('/account-unlock/confirm', { body: { token } })),
  });
}

export function useSupportUnlock() {
  return useMutation({
    mutationFn: (request: SupportUnlockRequest) =>
      unwrap(api.POST('/support/account-unlock', { body: request })),
  });
}
