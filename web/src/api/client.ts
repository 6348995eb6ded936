/**
 * The one fetch wrapper: JSON in and out, cookies included, and the CSRF token on every
 * state-changing request. Failures become an ApiError carrying the server's code and message.
 */
import type { ApiErrorBody } from './types';

let csrfToken: string | null = null;

/** Called whenever the session is read or created, so later writes can prove their origin. */
export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | readonly (string | number)[] | undefined>;

export function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    const values = Array.isArray(value) ? value : [value];
    for (const one of values) params.append(key, String(one));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const { error } = body;
  return typeof error === 'object' && error !== null && 'message' in error && 'code' in error;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** For answers without our error body (a proxy's page, a crash). */
function fallbackMessage(status: number): string {
  if (status === 429) return 'Too many requests. Wait a minute and try again.';
  if (status >= 500) return 'Something went wrong in Roster. Try again in a moment.';
  return `Roster answered with status ${status}.`;
}

/** Sends a request to /api/v1 and answers the parsed JSON body, or throws ApiError. */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers = new Headers({ Accept: 'application/json' });
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  return send<T>(method, path, headers, body === undefined ? undefined : JSON.stringify(body));
}

/**
 * Sends a multipart form (a file upload) to /api/v1: the browser writes the Content-Type with
 * its boundary. Answers and errors as `api` does.
 */
export async function apiForm<T>(method: string, path: string, form: FormData): Promise<T> {
  return send<T>(method, path, new Headers({ Accept: 'application/json' }), form);
}

async function send<T>(
  method: string,
  path: string,
  headers: Headers,
  body: string | FormData | undefined,
): Promise<T> {
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body,
    });
  } catch {
    throw new ApiError(0, 'network_error', 'Roster could not be reached. Check your connection.');
  }
  const parsed = await readBody(response);
  // The server validates its answers against the same contract these types describe.
  if (response.ok) return parsed as T;
  if (isErrorBody(parsed)) {
    const { code, message, fields } = parsed.error;
    throw new ApiError(response.status, code, message, fields ?? {});
  }
  throw new ApiError(response.status, 'http_error', fallbackMessage(response.status));
}
