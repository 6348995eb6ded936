/** Forgotten password: ask for an emailed link, then choose a new password with it. */
import { useMutation } from '@tanstack/react-query';
import type { Answer, Body } from './answers';
import { api } from './client';

export type PasswordResetRequest = Body<'/api/v1/password-reset', 'post'>;
type PasswordResetConfirm = Body<'/api/v1/password-reset/confirm', 'post'>;
type PasswordResetDone = Answer<'/api/v1/password-reset/confirm', 'post', 200>;

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (request: PasswordResetRequest) => api<object>('POST', '/password-reset', request),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (request: PasswordResetConfirm) =>
      api<PasswordResetDone>('POST', '/password-reset/confirm', request),
  });
}

export function useSendPasswordReset() {
  return useMutation({
    mutationFn: (userId: number) => api<object>('POST', `/users/${userId}/password-reset`),
  });
}
