/** The audit log: entries the administrator may see, and their CSV (see /api/v1/openapi.json). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Answer, Query } from './answers';
import { API_BASE, type ApiPaths, api, querySearch, unwrap } from './client';

export type AuditPage = Answer<'/audit', 'get'>;
export type AuditEntry = AuditPage['items'][number];

/** The filters of the Audit page and the profile's audit section; dates are ISO days. */
export interface AuditFilters {
  userId?: number;
  actorId?: number;
  action?: string;
  from?: string;
  to?: string;
}

export interface AuditQuery extends AuditFilters {
  page: number;
  pageSize: number;
}

const filterParams = (filters: AuditFilters): Query<'/audit/export.csv', 'get'> => ({
  userId: filters.userId,
  actorId: filters.actorId,
  action: filters.action,
  from: filters.from,
  to: filters.to,
});

export function useAudit(query: AuditQuery) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: () =>
      unwrap(
        api.GET('/audit', {
          params: {
            query: { ...filterParams(query), page: query.page, pageSize: query.pageSize },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

const EXPORT_PATH = '/audit/export.csv' satisfies keyof ApiPaths;

/** The address of the CSV of the entries as filtered now (a download link, not a fetch). */
export const auditExportHref = (filters: AuditFilters) => {
  const search = querySearch(filterParams(filters));
  return `${API_BASE}${EXPORT_PATH}${search ? `?${search}` : ''}`;
};
