/** The group trees the signed-in person can see. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { GroupTree } from './types';

export function useGroupTrees() {
  return useQuery({
    queryKey: ['groups'],
    queryFn: () => api<GroupTree[]>('GET', '/groups'),
    staleTime: 5 * 60_000,
  });
}
