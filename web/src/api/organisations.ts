/** The tenant's organisations, read one type at a time, and new addresses and contacts. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from './client';
import { learnerOptionsKey } from './learners';

export const ORGANISATION_TYPES = ['own', 'training', 'employer', 'referrer'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export interface OrganisationSummary {
  id: number;
  name: string;
  type: OrganisationType;
  ukprn: string | null;
}

export interface OrganisationAddress {
  id: number;
  label: string;
  postcode: string;
  line1: string;
  line2: string | null;
  town: string | null;
  county: string | null;
  country: string | null;
}

export interface OrganisationContact {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
}

export interface OrganisationDetail extends OrganisationSummary {
  addresses: OrganisationAddress[];
  contacts: OrganisationContact[];
}

const organisationsKey = ['organisations'] as const;

export function useOrganisations(type: OrganisationType) {
  return useQuery({
    queryKey: [...organisationsKey, { type }],
    queryFn: () =>
      api<{ items: OrganisationSummary[] }>('GET', withQuery('/organisations', { type })),
  });
}

export function useOrganisation(id: number) {
  return useQuery({
    queryKey: [...organisationsKey, id],
    queryFn: () => api<OrganisationDetail>('GET', `/organisations/${id}`),
  });
}

export interface NewAddress {
  postcode: string;
  line1: string;
  line2?: string | null;
  town?: string | null;
  county?: string | null;
  country?: string | null;
}

export interface NewContact {
  name: string;
  email?: string | null;
  phone?: string | null;
}

/** The dropdowns read the new entry from the learner options, so those are read again. */
function useCreate<T>(kind: 'addresses' | 'contacts') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ organisationId, body }: { organisationId: number; body: T }) =>
      api<{ id: number }>('POST', `/organisations/${organisationId}/${kind}`, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: learnerOptionsKey }),
        queryClient.invalidateQueries({ queryKey: organisationsKey }),
      ]),
  });
}

export const useCreateAddress = () => useCreate<NewAddress>('addresses');
export const useCreateContact = () => useCreate<NewContact>('contacts');
