/** Forgotten password: ask for an emailed link, then choose a new password with it. */
import { useMutation } from '@tanstack/react-query';
import type { Body } from './answers';
import { api, unwrap } from './client';

export type PasswordResetRequest = Body<'/password-reset', 'post'>;
type PasswordResetConfirm = Body<'/password-reset/confirm', 'post'>;

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (request: PasswordResetRequest) =>
      unwrap(api.POST('/password-reset', { body: request })),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (request: PasswordResetConfirm) =>
      unwrap(api.POST('/password-reset/confirm', { body: request })),
  });
}

export function useSendPasswordReset() {
  return useMutation({
    mutationFn: (id: number) =>
      unwrap(api.POST('/users/{id}/password-reset', { params: { path: { id } } })),
  });
}
