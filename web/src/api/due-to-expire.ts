/** "Due to expire": users whose subscription end date falls in a window (ISO dates). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Answer, Query } from './answers';
import { API_BASE, type ApiPaths, api, querySearch, unwrap } from './client';

export type DueToExpireQuery = Query<'/users/due-to-expire', 'get'>;
export type DueToExpirePage = Answer<'/users/due-to-expire', 'get'>;
export type DueUser = DueToExpirePage['items'][number];

export function useDueToExpire(query: DueToExpireQuery) {
  return useQuery({
    queryKey: ['due-to-expire', query],
    queryFn: () => unwrap(api.GET('/users/due-to-expire', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

const CSV_PATH = '/users/due-to-expire.csv' satisfies keyof ApiPaths;

/** The address of the CSV of the whole window, for a download link. */
export const dueToExpireCsvHref = (window: { from: string; to: string }) =>
  `${API_BASE}${CSV_PATH}?${querySearch(window)}`;
