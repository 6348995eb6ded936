/** Programmes set-up: list, add, change (with version), delete (GET/POST/PATCH/DELETE /programmes). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ADVICE_PACK_LABELS,
  CUSTOM_FIELD_KINDS,
  PROGRAMME_TYPE_LABELS,
  PROGRAMME_TYPES,
} from '../../../src/domain/vocabulary';
import type { Answer, Body, Schema } from './answers';
import { api, unwrap } from './client';
import { learnerOptionsKey } from './learners';

export { ADVICE_PACK_LABELS, CUSTOM_FIELD_KINDS, PROGRAMME_TYPE_LABELS, PROGRAMME_TYPES };

export type Programme = Answer<'/programmes', 'post'>;
export type CreateProgrammeRequest = Body<'/programmes', 'post'>;
export type UpdateProgrammeRequest = Body<'/programmes/{id}', 'patch'>;
export type ProgrammeType = Schema<'ProgrammeType'>;
export type CustomFieldKind = Schema<'CustomFieldKind'>;

const programmesKey = ['programmes'] as const;

export function useProgrammes() {
  return useQuery({
    queryKey: programmesKey,
    queryFn: () => unwrap(api.GET('/programmes', { params: { query: {} } })),
  });
}

/** The learner forms read programmes through their options, so those are read again too. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: programmesKey }),
      queryClient.invalidateQueries({ queryKey: learnerOptionsKey }),
    ]);
}

export function useCreateProgramme() {
  return useMutation({
    mutationFn: (request: CreateProgrammeRequest) =>
      unwrap(api.POST('/programmes', { body: request })),
    onSuccess: useRefresh(),
  });
}

export function useUpdateProgramme() {
  return useMutation({
    mutationFn: ({ id, ...request }: UpdateProgrammeRequest & { id: number }) =>
      unwrap(api.PATCH('/programmes/{id}', { params: { path: { id } }, body: request })),
    onSuccess: useRefresh(),
  });
}

export function useDeleteProgramme() {
  return useMutation({
    mutationFn: (id: number) =>
      unwrap(api.DELETE('/programmes/{id}', { params: { path: { id } } })),
    onSuccess: useRefresh(),
  });
}
