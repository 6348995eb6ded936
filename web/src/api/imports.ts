/**
 * Uploads of learners from a CSV file (CONTRACT.md `/imports`): upload and preview, the rows of
 * the preview, commit, progress and history, the results file and the template.
 *
 * The shapes the pages read are written here; contract-checks.ts proves the server's answers
 * (the generated OpenAPI types) fit them.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, type ApiPaths, api, asFormData, unwrap } from './client';

/** One page of a list answer. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

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

export const templateHref = `${API_BASE}${'/imports/template.csv' satisfies keyof ApiPaths}`;

const RESULTS_PATH = '/imports/{id}/results.csv' satisfies keyof ApiPaths;
export const resultsHref = (id: ImportId) =>
  `${API_BASE}${RESULTS_PATH.replace('{id}', encodeURIComponent(String(id)))}`;

const POLL_MS = 1000;

export function useImportHistory(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['imports', 'history', page, pageSize],
    queryFn: (): Promise<Page<ImportSummary>> =>
      unwrap(api.GET('/imports', { params: { query: { page, pageSize } } })),
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
    queryFn: (): Promise<ImportSummary> =>
      unwrap(api.GET('/imports/{id}', { params: { path: { id: Number(id) } } })),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return isWorking(status) || (commitAsked && status === 'previewed') ? POLL_MS : false;
    },
  });
}

export function useImportRows(id: string, query: ImportRowsQuery, enabled: boolean) {
  return useQuery({
    queryKey: ['imports', 'rows', id, query],
    queryFn: (): Promise<Page<ImportRow>> =>
      unwrap(
        api.GET('/imports/{id}/rows', {
          params: {
            path: { id: Number(id) },
            query: { verdict: query.verdict, page: query.page, pageSize: query.pageSize },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The multipart fields of POST /imports, in order: the file last, so the server knows the rest first. */
export function importFields(request: StartImportRequest) {
  return {
    defaultGroupId: request.defaultGroupId,
    sendInvitations: request.sendInvitations ? 'true' : 'false',
    mode: request.mode,
    file: request.file,
  };
}

/** The multipart body of POST /imports. */
export const importForm = (request: StartImportRequest): FormData =>
  asFormData(importFields(request));

export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: StartImportRequest): Promise<StartedImport> =>
      unwrap(
        api.POST('/imports', {
          // The route reads a multipart stream, which the document does not describe as a body.
          body: importFields(request) as never,
          bodySerializer: asFormData,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['imports', 'history'] }),
  });
}

export function useCommitImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST('/imports/{id}/commit', { params: { path: { id: Number(id) } } })),
    // Not awaited: the job is accepted, and the page polls for its progress from here.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['imports'] });
    },
  });
}
