/** One user: read, edit, invite, unlock, the emails sent, and change requests. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Body } from './answers';
import { api, unwrap } from './client';
import type { UpdateUserRequest } from './user-types';

export const userKey = (id: number) => ['user', id] as const;
const communicationsKey = (id: number) => ['user', id, 'communications'] as const;
const onePath = (id: number) => ({ params: { path: { id } } });

export function useUser(id: number) {
  return useQuery({
    queryKey: userKey(id),
    queryFn: () => unwrap(api.GET('/users/{id}', onePath(id))),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useCommunications(id: number) {
  return useQuery({
    queryKey: communicationsKey(id),
    queryFn: () => unwrap(api.GET('/users/{id}/communications', onePath(id))),
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
    mutationFn: (request: UpdateUserRequest) =>
      unwrap(api.PATCH('/users/{id}', { ...onePath(id), body: request })),
    onSuccess: (user) => {
      queryClient.setQueryData(userKey(id), user);
      return refresh();
    },
  });
}

export function useSendInvitation(id: number) {
  const refresh = useRefreshUser(id);
  return useMutation({
    mutationFn: () => unwrap(api.POST('/users/{id}/invitation', onePath(id))),
    onSuccess: refresh,
  });
}

export function useUnlockUser(id: number) {
  const refresh = useRefreshUser(id);
  return useMutation({
    mutationFn: () => unwrap(api.POST('/users/{id}/unlock', onePath(id))),
    onSuccess: refresh,
  });
}

/** A request to change fields the funding (ILR) lock keeps. */
export type ChangeRequest = Body<'/users/{id}/change-requests', 'post'>;

/** Asks for a change to fields the funding (ILR) lock keeps. */
export function useCreateChangeRequest(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ChangeRequest) =>
      unwrap(api.POST('/users/{id}/change-requests', { ...onePath(id), body: request })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['user', id, 'change-requests'] }),
  });
}

const changeRequestsKey = (id: number) => ['user', id, 'change-requests'] as const;

/** A learner's change requests, newest first, with their outcomes. */
export function useChangeRequests(id: number) {
  return useQuery({
    queryKey: changeRequestsKey(id),
    queryFn: () => unwrap(api.GET('/users/{id}/change-requests', onePath(id))),
  });
}

/** Approves (applying the values) or rejects (with a reason) one change request. */
export function useDecideChangeRequest(id: number) {
  const queryClient = useQueryClient();
  const refresh = useRefreshUser(id);
  return useMutation({
    mutationFn: (decision: { requestId: number } & ({ approve: true } | { reason: string })) => {
      const path = { params: { path: { id, requestId: decision.requestId } } };
      return unwrap(
        'reason' in decision
          ? api.POST('/users/{id}/change-requests/{requestId}/reject', {
              ...path,
              body: { reason: decision.reason },
            })
          : api.POST('/users/{id}/change-requests/{requestId}/approve', path),
      );
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: changeRequestsKey(id) }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
        refresh(),
      ]),
  });
}

/** A learner's contacts: every referrer contact chosen for them. */
export function useLearnerContacts(id: number) {
  return useQuery({
    queryKey: ['user', id, 'contacts'],
    queryFn: () => unwrap(api.GET('/users/{id}/contacts', onePath(id))),
  });
}
