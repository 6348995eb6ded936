/**
 * Uploads of learners from a CSV file (CONTRACT.md `/imports`): upload and preview, the rows of
 * the preview, commit, progress and history, the results file and the template.
 *
 * The shapes are written by hand to the agreed API; once the server's routes are merged they
 * can be read from the generated OpenAPI types (see answers.ts) instead.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiForm, withQuery } from './client';
import type { Page } from './types';

export const IMPORT_MODES = ['create', 'update', 'upsert'] as const;
/** create: new people only; update: existing people only; upsert: both. */
export type ImportMode = (typeof IMPORT_MODES)[number];

export const IMPORT_STATUSES = [
  /** Stored, waiting for the preview job to start. */
  'uploaded',
  'previewing',
  'previewed',
  'committing',
  'committed',
  'failed',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const VERDICTS = ['create', 'update', 'unchanged', 'error'] as const;
/** What the import does, or did, with one row of the file. */
export type Verdict = (typeof VERDICTS)[number];

export type ImportCounts = Record<Verdict, number>;

export type ImportId = number | string;

/** One import: GET /imports/{id}, and a row of GET /imports. */
export interface ImportSummary {
  id: ImportId;
  fileName: string;
  mode: ImportMode;
  status: ImportStatus;
  counts: ImportCounts;
  /** Rows read (while previewing) or written (while committing) so far, of `total`. */
  done: number;
  total: number;
  createdAt: string;
  /** Why a failed import failed; null otherwise. */
  error: string | { code: string; message: string } | null;
  /** As chosen on the upload page. */
  sendInvitations?: boolean;
  defaultGroupId?: number | null;
  /** Columns of the file that match no field: left out, never fatal. */
  unknownColumns?: string[];
  /** The administrator who uploaded the file. */
  createdBy?: { id: number; name: string };
}

/** POST /imports: 201 once the preview is ready (with counts), or 202 to poll. */
export interface StartedImport {
  id: ImportId;
  status: ImportStatus;
  counts?: ImportCounts;
}

/** A row of the file as previewed: values and problems keyed by the file's own column headers. */
export interface ImportRow {
  line: number;
  verdict: Verdict;
  values: Record<string, string>;
  errors: Record<string, string>;
}

export interface StartImportRequest {
  file: File;
  defaultGroupId?: number;
  sendInvitations: boolean;
  mode: ImportMode;
}

export interface ImportRowsQuery {
  verdict?: Verdict;
  page: number;
  pageSize: number;
}

/** Statuses in which the server is still working: the page polls while they last. */
export const isWorking = (status: ImportStatus | undefined) =>
  status === 'uploaded' || status === 'previewing' || status === 'committing';

/** The failure as a sentence, whichever way the server wrote it. */
export function importErrorText(error: ImportSummary['error']): string | null {
  if (error === null || error === undefined) return null;
  return typeof error === 'string' ? error : error.message;
}

export const templateHref = '/api/v1/imports/template.csv';

export const resultsHref = (id: ImportId) =>
  `/api/v1/imports/${encodeURIComponent(String(id))}/results.csv`;

const POLL_MS = 1000;

export function useImportHistory(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['imports', 'history', page, pageSize],
    queryFn: () => api<Page<ImportSummary>>('GET', withQuery('/imports', { page, pageSize })),
    placeholderData: keepPreviousData,
    // An import in the list may still be running: keep its status fresh.
    refetchInterval: (query) =>
      query.state.data?.items.some((item) => isWorking(item.status)) ? POLL_MS * 3 : false,
  });
}

/**
 * One import, polled every second while the server is reading or writing it — and, with
 * `commitAsked`, while it is still `previewed` (the job may not have started yet).
 */
export function useImport(id: string, commitAsked = false) {
  return useQuery({
    queryKey: ['imports', 'one', id],
    queryFn: () => api<ImportSummary>('GET', `/imports/${encodeURIComponent(id)}`),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return isWorking(status) || (commitAsked && status === 'previewed') ? POLL_MS : false;
    },
  });
}

export function useImportRows(id: string, query: ImportRowsQuery, enabled: boolean) {
  return useQuery({
    queryKey: ['imports', 'rows', id, query],
    queryFn: () =>
      api<Page<ImportRow>>(
        'GET',
        withQuery(`/imports/${encodeURIComponent(id)}/rows`, {
          verdict: query.verdict,
          page: query.page,
          pageSize: query.pageSize,
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The multipart body of POST /imports. */
export function importForm(request: StartImportRequest): FormData {
  const form = new FormData();
  // The fields go before the file, so a server that streams the file knows them first.
  if (request.defaultGroupId !== undefined)
    form.append('defaultGroupId', String(request.defaultGroupId));
  form.append('sendInvitations', request.sendInvitations ? 'true' : 'false');
  form.append('mode', request.mode);
  form.append('file', request.file, request.file.name);
  return form;
}

export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: StartImportRequest) =>
      apiForm<StartedImport>('POST', '/imports', importForm(request)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['imports', 'history'] }),
  });
}

export function useCommitImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<unknown>('POST', `/imports/${encodeURIComponent(id)}/commit`),
    // Not awaited: the job is accepted, and the page polls for its progress from here.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['imports'] });
    },
  });
}
