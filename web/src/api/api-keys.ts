/** The signed-in administrator's API keys: list, create (the secret comes back once), revoke. */

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Answer } from './answers';
import { api, unwrap } from './client';

/** An API key as listed (never the key itself). */
export type ApiKey = Answer<'/api-keys', 'get'>['items'][number];

/** The answer to creating a key: the only time the secret itself leaves the server. */
export type CreatedApiKey = Answer<'/api-keys', 'post'>;

const apiKeysKey = ['api-keys'] as const;

export function useApiKeys() {
  return useQuery({
    queryKey: apiKeysKey,
    queryFn: () => unwrap(api.GET('/api-keys')),
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => unwrap(api.POST('/api-keys', { body: { name } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKey }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api-keys/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKey }),
  });
}
