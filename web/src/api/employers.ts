/** Add Employer (POST /employers), and the employer organisations and positions it chooses from. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { EMPLOYER_ROLES } from '../../../src/domain/vocabulary';
import type { Answer, Body, Schema } from './answers';
import { api, unwrap } from './client';

/** What an employer user may do for the learners linked to them (the server's own list). */
export { EMPLOYER_ROLES };
export type EmployerRole = Schema<'EmployerRole'>;

export type Position = Answer<'/positions', 'get'>['items'][number];
export type Organisation = Answer<'/organisations', 'get'>['items'][number];
/** `positionId` is one of the tenant's positions, or else `positionTitle`: found by title, or created. */
export type CreateEmployerRequest = Body<'/employers', 'post'>;
export type EmployerUser = Answer<'/employers', 'post'>;

const positionsKey = ['positions'] as const;

export function usePositions() {
  return useQuery({
    queryKey: positionsKey,
    queryFn: () => unwrap(api.GET('/positions')),
  });
}

export function useEmployerOrganisations() {
  return useQuery({
    queryKey: ['organisations', 'employer'],
    queryFn: () => unwrap(api.GET('/organisations', { params: { query: { type: 'employer' } } })),
  });
}

export function useCreateEmployer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateEmployerRequest) =>
      unwrap(api.POST('/employers', { body: request })),
    // A typed position may now be one of the tenant's, and the grid has a new row.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: positionsKey }),
        queryClient.invalidateQueries({ queryKey: ['users'] }),
      ]),
  });
}
