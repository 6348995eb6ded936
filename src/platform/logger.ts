/**
 * Pino options: secrets and personal data never reach the log. Requests are logged by method,
 * path and the names of their query parameters (a search holds names and emails); errors by
 * type, code and constraint, with the SQL parameters and PostgreSQL's `detail` (which quotes
 * the values: `Key (email)=(jo@example.com)`) left out; headers, cookies and bodies that a
 * future log line might carry are redacted by path.
 */
import type { FastifyRequest } from 'fastify';

const REDACTED = '[redacted]';

/** `/api/v1/users?q=jo@x&page=2` → `/api/v1/users?q=[redacted]&page=[redacted]`. */
export function redactUrl(url: string): string {
  const [path, query] = url.split(/\?(.*)/s);
  if (query === undefined) return url;
  const names = query
    .split('&')
    .filter(Boolean)
    .map((part) => `${part.split('=')[0]}=${REDACTED}`);
  return `${path}?${names.join('&')}`;
}

// PostgreSQL quotes the values it names in a message (`invalid input syntax for type
// integer: "jo@example.com"`, `value "99999999999" is out of range`); the names of tables and
// constraints are logged apart, so every quoted part of a database error's message goes.
const QUOTED = /"[^"]*"/g;
const SQLSTATE = /^[0-9A-Z]{5}$/;

type SafeError = {
  type: string;
  message: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  query?: string;
  stack: string;
  cause?: SafeError;
};

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * An error as the log may see it. Drizzle's "Failed query: … params: …" message (and the
 * stack that repeats it) becomes the parameterised SQL alone; a driver error keeps its code.
 */
export function serializeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: REDACTED, stack: '' };
  const fields = error as Error & Record<string, unknown>;
  const query = text(fields.query);
  const isQueryError = query !== undefined && 'params' in fields;
  const code = text(fields.code);
  const message = isQueryError
    ? 'Failed query'
    : code && SQLSTATE.test(code)
      ? error.message.replace(QUOTED, `"${REDACTED}"`)
      : error.message;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const safe: SafeError = {
    type: error.constructor.name,
    message,
    code,
    constraint: text(fields.constraint),
    table: text(fields.table),
    column: text(fields.column),
    query: isQueryError ? query : undefined,
    stack: [`${error.name}: ${message}`, ...frames].join('\n'),
  };
  if (error.cause !== undefined && depth < 4) safe.cause = serializeError(error.cause, depth + 1);
  return safe;
}

function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    remoteAddress: request.ip,
  };
}

export function loggerOptions(destination?: NodeJS.WritableStream) {
  return {
    level: process.env.LOG_LEVEL ?? 'info',
    serializers: { err: serializeError, error: serializeError, req: serializeRequest },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'req.body',
        'res.headers["set-cookie"]',
        'headers.cookie',
        'headers.authorization',
        'body',
        '*.password',
        '*.passwordHash',
        '*.token',
        '*.sessionId',
        '*.csrfToken',
        '*.key',
        '*.params',
        '*.detail',
      ],
      censor: REDACTED,
    },
    ...(destination ? { stream: destination } : {}),
  };
}
