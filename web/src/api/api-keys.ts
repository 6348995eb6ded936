/** The signed-in administrator's API keys: list, create (the secret comes back once), revoke. */

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Answer } from './answers';
import { api } from './client';

/** An API key as listed (never the key itself). */
export type ApiKey = Answer<'/api/v1/api-keys', 'get', 200>['items'][number];

/** The answer to creating a key: the only time the secret itself leaves the server. */
export interface CreatedApiKey extends ApiKey {
  key: string;
}

const apiKeysKey = ['api-keys'] as const;

export function useApiKeys() {
  return useQuery({
    queryKey: apiKeysKey,
    queryFn: () => api<{ items: ApiKey[] }>('GET', '/api-keys'),
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api<CreatedApiKey>('POST', '/api-keys', { name }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKey }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<ApiKey>('DELETE', `/api-keys/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKey }),
  });
}
