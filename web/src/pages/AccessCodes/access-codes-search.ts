/**
 * The Access codes grid keeps its filters, sort and page in the address bar (as the Users
 * grid does), so a view can be bookmarked and restored with Back.
 */
import {
  ACCESS_CODE_SORTS,
  ACCESS_CODE_STATUSES,
  type AccessCodeFilters,
  type AccessCodeQuery,
  type AccessCodeSort,
} from '../../api/access-codes';
import type { SortOrder } from '../../api/types';

export const PAGE_SIZE = 10;

const DATE_KEYS = ['activatedFrom', 'activatedTo', 'issuedFrom', 'issuedTo'] as const;

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | undefined =>
  allowed.find((candidate) => candidate === value);

const positiveInt = (value: string | null): number | undefined => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
};

const isoDay = (value: string | null) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;

export function filtersFrom(params: URLSearchParams): AccessCodeFilters {
  const filters: AccessCodeFilters = {
    code: params.get('code') ?? undefined,
    groupIds: params
      .getAll('groupId')
      .map(positiveInt)
      .filter((id) => id !== undefined),
    status: oneOf(ACCESS_CODE_STATUSES, params.get('status')),
    creatorEmail: params.get('creatorEmail') ?? undefined,
  };
  for (const key of DATE_KEYS) filters[key] = isoDay(params.get(key));
  return filters;
}

export interface SearchState extends AccessCodeFilters {
  page?: number;
  sort?: AccessCodeSort;
  order?: SortOrder;
}

export function queryFrom(params: URLSearchParams): AccessCodeQuery {
  return {
    ...filtersFrom(params),
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: PAGE_SIZE,
    sort: oneOf(ACCESS_CODE_SORTS, params.get('sort')),
    order: oneOf<SortOrder>(['asc', 'desc'], params.get('order')),
  };
}

/** The address-bar form of a view; defaults (page 1, no filter, id order) are left out. */
export function paramsFrom(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const code = state.code?.trim();
  if (code) params.set('code', code);
  for (const id of state.groupIds ?? []) params.append('groupId', String(id));
  if (state.status) params.set('status', state.status);
  for (const key of DATE_KEYS) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  const creator = state.creatorEmail?.trim();
  if (creator) params.set('creatorEmail', creator);
  if (state.sort) params.set('sort', state.sort);
  if (state.sort && state.order) params.set('order', state.order);
  if (state.page && state.page > 1) params.set('page', String(state.page));
  return params;
}
