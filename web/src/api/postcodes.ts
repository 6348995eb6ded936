/** Address lookup by postcode, when the server has a lookup service; otherwise nothing. */
import { useQuery } from '@tanstack/react-query';
import type { Answer } from './answers';
import { api, unwrap } from './client';

export type PostcodeLocation = Answer<'/postcodes/{postcode}', 'get'>['items'][number];

/** Whether to offer Lookup at all; read once a session, and off when the server cannot say. */
export function usePostcodeLookupEnabled() {
  const status = useQuery({
    queryKey: ['postcode-lookup'],
    queryFn: () => unwrap(api.GET('/postcode-lookup')),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  return status.data?.enabled === true;
}

/** The places a postcode names; throws ApiError 404 (none), 503 (service silent) or 422. */
export async function lookUpPostcode(postcode: string) {
  const answer = await unwrap(
    api.GET('/postcodes/{postcode}', { params: { path: { postcode: postcode.trim() } } }),
  );
  return answer.items;
}
