/** The tenant's organisations, read one type at a time, and new addresses and contacts. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ORGANISATION_TYPES } from '../../../src/domain/vocabulary';
import type { Answer, Body, Schema } from './answers';
import { api, unwrap } from './client';
import { learnerOptionsKey } from './learners';

// The server's own list; contract-checks.ts proves it equal to the OpenAPI document's.
export { ORGANISATION_TYPES };
export type OrganisationType = Schema<'OrganisationType'>;

export type OrganisationSummary = Answer<'/organisations', 'get'>['items'][number];
export type OrganisationDetail = Answer<'/organisations/{id}', 'get'>;
export type OrganisationAddress = OrganisationDetail['addresses'][number];
export type OrganisationContact = OrganisationDetail['contacts'][number];
export type NewAddress = Body<'/organisations/{id}/addresses', 'post'>;
export type NewContact = Body<'/organisations/{id}/contacts', 'post'>;
export type NewOrganisation = Body<'/organisations', 'post'>;
export type OrganisationChange = Body<'/organisations/{id}', 'patch'>;
export type ArchivedFilter = 'exclude' | 'include' | 'only';

const organisationsKey = ['organisations'] as const;

export function useOrganisations(type: OrganisationType, archived: ArchivedFilter = 'exclude') {
  return useQuery({
    queryKey: [...organisationsKey, { type, archived }],
    queryFn: () => unwrap(api.GET('/organisations', { params: { query: { type, archived } } })),
  });
}

export function useOrganisation(id: number) {
  return useQuery({
    queryKey: [...organisationsKey, id],
    queryFn: () => unwrap(api.GET('/organisations/{id}', { params: { path: { id } } })),
  });
}

/** The dropdowns read the new entry from the learner options, so those are read again. */
function useRefreshOrganisations() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: learnerOptionsKey }),
      queryClient.invalidateQueries({ queryKey: organisationsKey }),
    ]);
}

interface Create<T> {
  organisationId: number;
  body: T;
}

export function useCreateAddress() {
  return useMutation({
    mutationFn: ({ organisationId, body }: Create<NewAddress>) =>
      unwrap(
        api.POST('/organisations/{id}/addresses', {
          params: { path: { id: organisationId } },
          body,
        }),
      ),
    onSuccess: useRefreshOrganisations(),
  });
}

export function useCreateContact() {
  return useMutation({
    mutationFn: ({ organisationId, body }: Create<NewContact>) =>
      unwrap(
        api.POST('/organisations/{id}/contacts', {
          params: { path: { id: organisationId } },
          body,
        }),
      ),
    onSuccess: useRefreshOrganisations(),
  });
}

interface Correct<T> extends Create<T> {
  partId: number;
}

/** Corrects an address in place: every learner using it reads the corrected one. */
export function useUpdateAddress() {
  return useMutation({
    mutationFn: ({ organisationId, partId, body }: Correct<NewAddress>) =>
      unwrap(
        api.PUT('/organisations/{id}/addresses/{addressId}', {
          params: { path: { id: organisationId, addressId: partId } },
          body,
        }),
      ),
    onSuccess: useRefreshOrganisations(),
  });
}

/** Corrects a contact's name, email or phone. */
export function useUpdateContact() {
  return useMutation({
    mutationFn: ({ organisationId, partId, body }: Correct<NewContact>) =>
      unwrap(
        api.PUT('/organisations/{id}/contacts/{contactId}', {
          params: { path: { id: organisationId, contactId: partId } },
          body,
        }),
      ),
    onSuccess: useRefreshOrganisations(),
  });
}

/** A new organisation (with its first address when one is given); the pickers read it again. */
export function useCreateOrganisation() {
  return useMutation({
    mutationFn: (body: NewOrganisation) => unwrap(api.POST('/organisations', { body })),
    onSuccess: useRefreshOrganisations(),
  });
}

export function useUpdateOrganisation() {
  return useMutation({
    mutationFn: ({ organisationId, body }: Create<OrganisationChange>) =>
      unwrap(api.PATCH('/organisations/{id}', { params: { path: { id: organisationId } }, body })),
    onSuccess: useRefreshOrganisations(),
  });
}

/** Archives (`archived` true) or restores an organisation. */
export function useArchiveOrganisation() {
  return useMutation({
    mutationFn: ({ organisationId, archived }: { organisationId: number; archived: boolean }) =>
      unwrap(
        api.POST(archived ? '/organisations/{id}/archive' : '/organisations/{id}/restore', {
          params: { path: { id: organisationId } },
        }),
      ),
    onSuccess: useRefreshOrganisations(),
  });
}
