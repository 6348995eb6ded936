/**
 * The Users grid keeps its filters, sort and page in the address bar, so a view can be
 * bookmarked, shared and restored with Back. These functions translate both ways.
 */
import {
  type SortOrder,
  SUBSCRIPTION_STATUSES,
  type SubscriptionStatus,
  USER_SORTS,
  USER_TYPES,
  type UserListQuery,
  type UserSort,
  type UserType,
} from '../../api/types';

export const PAGE_SIZE = 10;

export interface UserFilters {
  q?: string;
  type?: UserType;
  status?: SubscriptionStatus;
  groupIds?: number[];
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | undefined =>
  allowed.find((candidate) => candidate === value);

const positiveInt = (value: string | null): number | undefined => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
};

export function filtersFrom(params: URLSearchParams): UserFilters {
  return {
    q: params.get('q') ?? undefined,
    type: oneOf(USER_TYPES, params.get('type')),
    status: oneOf(SUBSCRIPTION_STATUSES, params.get('status')),
    groupIds: params
      .getAll('groupId')
      .map(positiveInt)
      .filter((id) => id !== undefined),
  };
}

export function queryFrom(params: URLSearchParams): UserListQuery {
  const filters = filtersFrom(params);
  return {
    ...filters,
    groupIds: filters.groupIds ?? [],
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: PAGE_SIZE,
    sort: oneOf(USER_SORTS, params.get('sort')),
    order: oneOf<SortOrder>(['asc', 'desc'], params.get('order')),
  };
}

export interface SearchState extends UserFilters {
  page?: number;
  sort?: UserSort;
  order?: SortOrder;
}

/** The address-bar form of a view; defaults (page 1, no filter) are left out. */
export function paramsFrom(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const q = state.q?.trim();
  if (q) params.set('q', q);
  if (state.type) params.set('type', state.type);
  if (state.status) params.set('status', state.status);
  for (const id of state.groupIds ?? []) params.append('groupId', String(id));
  if (state.sort) params.set('sort', state.sort);
  if (state.sort && state.order) params.set('order', state.order);
  if (state.page && state.page > 1) params.set('page', String(state.page));
  return params;
}
