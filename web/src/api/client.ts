/**
 * The one API client: openapi-fetch over the paths and types generated from the server's
 * OpenAPI document (openapi.d.ts, `npm run api:types`), so a call to a path, method, parameter
 * or body the server does not have is a type error. Two middlewares: the CSRF token on every
 * state-changing request, and one error shape — any answer other than 2xx is thrown as an
 * ApiError carrying the server's code, message and per-field messages.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './openapi';

/** The server's paths without the `/api/v1` prefix, which the client's base address carries. */
export type ApiPaths = {
  [P in keyof paths as P extends `/api/v1${infer Rest}` ? Rest : never]: paths[P];
};

export const API_BASE = '/api/v1';

type ErrorBody = components['schemas']['Error'];

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

type QueryValue = string | number | boolean | null | undefined;
type Query = Record<string, QueryValue | readonly QueryValue[]>;

/** `?a=1&groupId=2&groupId=3`: repeated keys for lists; empty and missing values left out. */
export function querySearch(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    for (const one of values) {
      if (one === undefined || one === null || one === '') continue;
      params.append(key, String(one));
    }
  }
  return params.toString();
}

function isErrorBody(body: unknown): body is ErrorBody {
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

/** The error a failed answer becomes: the server's own code, message and fields when it sent them. */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  const parsed = await readBody(response);
  if (isErrorBody(parsed)) {
    const { code, message, fields } = parsed.error;
    return new ApiError(response.status, code, message, fields ?? {});
  }
  return new ApiError(response.status, 'http_error', fallbackMessage(response.status));
}

/** JSON answers, and the CSRF token on every request that changes something. */
export const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept', 'application/json');
    if (request.method !== 'GET' && request.method !== 'HEAD' && csrfToken)
      request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
};

/** Every answer other than 2xx, and every request that never reached Roster, throws ApiError. */
export const errorMiddleware: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await apiErrorFrom(response);
    return undefined;
  },
  onError() {
    return new ApiError(0, 'network_error', 'Roster could not be reached. Check your connection.');
  },
};

/**
 * For a multipart route (a file upload): `api.POST(path, { body: fields, bodySerializer:
 * asFormData })` keeps the fields typed by the document and sends them as a form, in the order
 * given (put the file last); the browser writes the Content-Type with its boundary.
 */
export function asFormData(fields: object | null | undefined): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields ?? {})) {
    if (value === undefined || value === null) continue;
    if (value instanceof File) form.append(name, value, value.name);
    else if (value instanceof Blob) form.append(name, value);
    else form.append(name, String(value));
  }
  return form;
}

/** A client for `baseUrl` (tests pass an absolute address and their own fetch). */
export function createApiClient(options: { baseUrl?: string; fetch?: typeof fetch } = {}) {
  const client = createClient<ApiPaths>({
    baseUrl: options.baseUrl ?? API_BASE,
    credentials: 'same-origin',
    querySerializer: (query) => querySearch(query as Query),
    // Looked up at each call, not once, so whatever wraps the page's fetch later sees requests.
    fetch: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
  });
  client.use(csrfMiddleware, errorMiddleware);
  return client;
}

/** The app's client. */
export const api = createApiClient();

/**
 * The body of a successful answer. Failures never get here: errorMiddleware has thrown them.
 * Use: `unwrap(api.GET('/users/{id}', { params: { path: { id } } }))`.
 */
export async function unwrap<D>(
  call: Promise<{ data?: D; error?: unknown; response: Response }>,
): Promise<D> {
  const { data, response } = await call;
  if (!response.ok)
    throw new ApiError(response.status, 'http_error', fallbackMessage(response.status));
  return data as D;
}
