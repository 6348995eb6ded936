import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';
import { sessionKey } from './session';

/**
 * One query client for the app. A 401 from any query means the session ended (expired or
 * signed out elsewhere): forgetting it sends the person to the sign-in page, and back after.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        const ended = error instanceof ApiError && error.status === 401;
        if (ended && query.queryKey[0] !== sessionKey[0]) client.setQueryData(sessionKey, null);
      },
    }),
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
  return client;
}
