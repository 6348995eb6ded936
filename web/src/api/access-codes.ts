/** Access codes: the grid, its CSV export and generation (see /api/v1/openapi.json). */

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Answer } from './answers';
import { api, withQuery } from './client';
import type { Page, SortOrder } from './types';

export const ACCESS_CODE_STATUSES = ['Activated', 'NotActivated', 'Expired'] as const;
export type AccessCodeStatus = (typeof ACCESS_CODE_STATUSES)[number];

export const ACCESS_CODE_SORTS = [
  'id',
  'code',
  'status',
  'registeredEmail',
  'description',
  'group',
  'issuedAt',
  'activatedAt',
  'creatorEmail',
] as const;
export type AccessCodeSort = (typeof ACCESS_CODE_SORTS)[number];

/** A row of the Access codes grid. */
export type AccessCode = Answer<'/api/v1/access-codes', 'get', 200>['items'][number];

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

export interface GenerateAccessCodesRequest {
  quantity: string;
  description?: string;
  groupIds: number[];
}

export interface GenerateAccessCodesResult {
  items: AccessCode[];
  warnings: string[];
  remaining: number;
}

function filterParams(query: AccessCodeFilters & { sort?: AccessCodeSort; order?: SortOrder }) {
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
      api<Page<AccessCode>>(
        'GET',
        withQuery('/access-codes', {
          ...filterParams(query),
          page: query.page,
          pageSize: query.pageSize,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The address of the CSV of the grid as filtered and sorted now. */
export const exportHref = (
  query: AccessCodeFilters & { sort?: AccessCodeSort; order?: SortOrder },
) => `/api/v1${withQuery('/access-codes/export.csv', filterParams(query))}`;

export function useGenerateAccessCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: GenerateAccessCodesRequest) =>
      api<GenerateAccessCodesResult>('POST', '/access-codes', request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['access-codes'] }),
  });
}
