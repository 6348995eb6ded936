/** The signed-in person's own portal: their account, their password, an employer's learners. */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { Answer, Body, Query } from './answers';
import { api, unwrap } from './client';

export type Me = Answer<'/me', 'get'>;
export type ChangePasswordRequest = Body<'/me/password', 'put'>;
export type ManagedLearnersQuery = Query<'/me/learners', 'get'>;
export type ManagedLearner = Answer<'/me/learners', 'get'>['items'][number];

export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: () => unwrap(api.GET('/me')) });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePasswordRequest) => unwrap(api.PUT('/me/password', { body })),
  });
}

export function useManagedLearners(query: ManagedLearnersQuery) {
  return useQuery({
    queryKey: ['me', 'learners', query],
    queryFn: () => unwrap(api.GET('/me/learners', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}
