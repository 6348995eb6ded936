/**
 * The Users overview's reports (account activations, users, groups), their CSV files, and the
 * learners of a group for "reassign on group" (a bulk action: api/bulk-actions.ts).
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Answer, Query } from './answers';
import { API_BASE, type ApiPaths, api, querySearch, unwrap } from './client';

export type ActivationReport = Answer<'/reports/activations', 'get'>;
export type GroupsReport = Answer<'/reports/groups', 'get'>;
export type UsersReport = Answer<'/reports/users', 'get'>;

export interface ActivationWindow {
  from?: string;
  to?: string;
}

export function useActivationReport(groupIds: number[], window: ActivationWindow) {
  return useQuery({
    queryKey: ['reports', 'activations', groupIds, window],
    queryFn: () =>
      unwrap(
        api.GET('/reports/activations', {
          params: { query: { groupId: groupIds, from: window.from, to: window.to } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useGroupsReport(groupIds: number[]) {
  return useQuery({
    queryKey: ['reports', 'groups', groupIds],
    queryFn: () => unwrap(api.GET('/reports/groups', { params: { query: { groupId: groupIds } } })),
    placeholderData: keepPreviousData,
  });
}

export function useUsersReport(query: Query<'/reports/users', 'get'>) {
  return useQuery({
    queryKey: ['reports', 'users', query],
    queryFn: () => unwrap(api.GET('/reports/users', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** A page of the learners in a group or below it; kept while paging, dropped for another group. */
export function useGroupLearners(groupId: number | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['users', 'group-learners', groupId, page, pageSize],
    enabled: groupId !== undefined,
    queryFn: () =>
      unwrap(
        api.GET('/users', {
          params: { query: { groupId: groupId ? [groupId] : [], type: 'learner', page, pageSize } },
        }),
      ),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === groupId ? previous : undefined,
  });
}

const CSV_PATHS = {
  activations: '/reports/activations.csv',
  users: '/reports/users.csv',
  groups: '/reports/groups.csv',
} as const satisfies Record<string, keyof ApiPaths>;

/** The address of a report's CSV file for these filters (a download link, not a fetch). */
export function reportCsvHref(
  report: keyof typeof CSV_PATHS,
  query: Query<'/reports/activations.csv', 'get'> | Query<'/reports/users.csv', 'get'>,
) {
  const search = querySearch(query);
  return `${API_BASE}${CSV_PATHS[report]}${search ? `?${search}` : ''}`;
}
