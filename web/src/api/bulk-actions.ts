/**
 * One action on many users (CONTRACT.md `/bulk-actions`): start it, then follow its progress
 * and results until the job is done.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Answer, Body } from './answers';
import { api, unwrap } from './client';

export type BulkActionRequest = Body<'/bulk-actions', 'post'>;
export type BulkActionName = BulkActionRequest['action'];
export type BulkActionFilter = NonNullable<BulkActionRequest['filter']>;
export type BulkAction = Answer<'/bulk-actions/{id}', 'get'>;

const finished = (action: BulkAction | undefined) =>
  action?.status === 'done' || action?.status === 'failed';

export function useStartBulkAction() {
  return useMutation({
    mutationFn: (request: BulkActionRequest) =>
      unwrap(api.POST('/bulk-actions', { body: request })),
  });
}

/** The action's progress, asked again every second until it is done; then the lists refresh. */
export function useBulkAction(id: number | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['bulk-action', id],
    enabled: id !== null,
    queryFn: async () => {
      const action = await unwrap(
        api.GET('/bulk-actions/{id}', { params: { path: { id: id ?? 0 } } }),
      );
      if (finished(action)) {
        void queryClient.invalidateQueries({ queryKey: ['users'] });
        void queryClient.invalidateQueries({ queryKey: ['due-to-expire'] });
      }
      return action;
    },
    refetchInterval: (query) => (finished(query.state.data) ? false : 1000),
  });
}
