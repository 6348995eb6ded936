/** New addresses and contacts of an organisation, made from the learner forms. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { learnerOptionsKey } from './learners';

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
    onSuccess: () => queryClient.invalidateQueries({ queryKey: learnerOptionsKey }),
  });
}

export const useCreateAddress = () => useCreate<NewAddress>('addresses');
export const useCreateContact = () => useCreate<NewContact>('contacts');
