/** Access codes: the grid, its CSV export and generation (see /api/v1/openapi.json). */

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ACCESS_CODE_SORTS, ACCESS_CODE_STATUSES } from '../../../src/domain/vocabulary';
import type { Answer, Body, Query, Schema } from './answers';
import { API_BASE, type ApiPaths, api, querySearch, unwrap } from './client';
import type { SortOrder } from './types';

// The server's own lists; contract-checks.ts proves them equal to the OpenAPI document's.
export { ACCESS_CODE_SORTS, ACCESS_CODE_STATUSES };

export type AccessCodeStatus = Schema<'AccessCodeStatus'>;
export type AccessCodeSort = NonNullable<Query<'/access-codes', 'get'>['sort']>;

/** A page of the Access codes grid. */
export type AccessCodePage = Answer<'/access-codes', 'get'>;
/** A row of the Access codes grid. */
export type AccessCode = AccessCodePage['items'][number];

/** The filter area's values; dates are ISO days (2026-11-24). */
export interface AccessCodeFilters {
  code?: string;
  groupIds?: number[];
  status?: AccessCodeStatus;
  activatedFrom?: string;
  activatedTo?: string;
  issuedFrom?: string;
  issuedTo?: string;
  creatorEmail?: string;
}

export interface AccessCodeQuery extends AccessCodeFilters {
  page: number;
  pageSize: number;
  sort?: AccessCodeSort;
  order?: SortOrder;
}

export type GenerateAccessCodesRequest = Body<'/access-codes', 'post'>;
export type GenerateAccessCodesResult = Answer<'/access-codes', 'post'>;

type Sorted = AccessCodeFilters & { sort?: AccessCodeSort; order?: SortOrder };

function filterParams(query: Sorted): Query<'/access-codes/export.csv', 'get'> {
  return {
    code: query.code,
    groupId: query.groupIds,
    status: query.status,
    activatedFrom: query.activatedFrom,
    activatedTo: query.activatedTo,
    issuedFrom: query.issuedFrom,
    issuedTo: query.issuedTo,
    creatorEmail: query.creatorEmail,
    sort: query.sort,
    order: query.sort ? query.order : undefined,
  };
}

export function useAccessCodes(query: AccessCodeQuery) {
  return useQuery({
    queryKey: ['access-codes', query],
    queryFn: () =>
      unwrap(
        api.GET('/access-codes', {
          params: {
            query: { ...filterParams(query), page: query.page, pageSize: query.pageSize },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

const EXPORT_PATH = '/access-codes/export.csv' satisfies keyof ApiPaths;

/** The address of the CSV of the grid as filtered and sorted now (a download link, not a fetch). */
export const exportHref = (query: Sorted) => {
  const search = querySearch(filterParams(query));
  return `${API_BASE}${EXPORT_PATH}${search ? `?${search}` : ''}`;
};

export function useGenerateAccessCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: GenerateAccessCodesRequest) =>
      unwrap(api.POST('/access-codes', { body: request })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['access-codes'] }),
  });
}

export type ExtendAccessCodesRequest = Body<'/access-codes/extend', 'post'>;

/** Revokes the chosen codes (every row of each in the caller's groups); all or nothing. */
export function useRevokeAccessCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: number[]) => unwrap(api.POST('/access-codes/revoke', { body: { ids } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['access-codes'] }),
  });
}

/** Moves the chosen codes' expiry to the end of a day; all or nothing. */
export function useExtendAccessCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ExtendAccessCodesRequest) =>
      unwrap(api.POST('/access-codes/extend', { body: request })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['access-codes'] }),
  });
}
