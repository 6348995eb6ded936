/** The signed-in session: read it, sign in, sign out. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, rememberCsrfToken, unwrap } from './client';
import type { Session, SignInRequest } from './types';

export const sessionKey = ['session'] as const;

/** The current session, or null when nobody is signed in. */
async function getSession(): Promise<Session | null> {
  try {
    const session = await unwrap(api.GET('/session'));
    rememberCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      rememberCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: getSession, staleTime: 5 * 60_000 });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SignInRequest) => unwrap(api.POST('/session', { body: request })),
    onSuccess: (session) => {
      rememberCsrfToken(session.csrfToken);
      queryClient.clear();
      queryClient.setQueryData(sessionKey, session);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/session')),
    onSettled: () => {
      rememberCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionKey, null);
    },
  });
}
