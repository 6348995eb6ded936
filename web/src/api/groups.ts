/** The group trees the signed-in person can see. */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';

export function useGroupTrees() {
  return useQuery({
    queryKey: ['groups'],
    queryFn: () => unwrap(api.GET('/groups')),
    staleTime: 5 * 60_000,
  });
}
