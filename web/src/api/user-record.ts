/** One user: read, edit, invite, unlock, the emails sent, and change requests. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Communication, InvitationResult, UpdateUserRequest, UserRecord } from './user-types';

export const userKey = (id: number) => ['user', id] as const;
const communicationsKey = (id: number) => ['user', id, 'communications'] as const;

export function useUser(id: number) {
  return useQuery({
    queryKey: userKey(id),
    queryFn: () => api<UserRecord>('GET', `/users/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useCommunications(id: number) {
  return useQuery({
    queryKey: communicationsKey(id),
    queryFn: () => api<{ items: Communication[] }>('GET', `/users/${id}/communications`),
  });
}

/** After a change the record, its emails and the grid are read again. */
function useRefreshUser(id: number) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: userKey(id) }),
      queryClient.invalidateQueries({ queryKey: ['users'] }),
    ]);
}

export function useUpdateUser(id: number) {
  const queryClient = useQueryClient();
  const refresh = useRefreshUser(id);
  return useMutation({
    mutationFn: (request: UpdateUserRequest) => api<UserRecord>('PATCH', `/users/${id}`, request),
    onSuccess: (user) => {
      queryClient.setQueryData(userKey(id), user);
      return refresh();
    },
  });
}

export function useSendInvitation(id: number) {
  const refresh = useRefreshUser(id);
  return useMutation({
    mutationFn: () => api<InvitationResult>('POST', `/users/${id}/invitation`),
    onSuccess: refresh,
  });
}

export function useUnlockUser(id: number) {
  const refresh = useRefreshUser(id);
  return useMutation({
    mutationFn: () => api<{ locked: false }>('POST', `/users/${id}/unlock`),
    onSuccess: refresh,
  });
}

export interface ChangeRequest {
  requested: Record<string, string | null>;
  note: string;
}

/** Asks for a change to fields the funding (ILR) lock keeps. */
export function useCreateChangeRequest(id: number) {
  return useMutation({
    mutationFn: (request: ChangeRequest) =>
      api<{ id: number }>('POST', `/users/${id}/change-requests`, request),
  });
}
