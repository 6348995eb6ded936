/** Turns every thrown thing into the error shape of CONTRACT.md, in one place. */
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { translateDbError } from './db-errors.js';
import { AppError, type AppErrorCode } from './errors.js';

function fieldsFromValidation(error: FastifyError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.validation ?? []) {
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || 'request';
    fields[path] ??= issue.message ?? 'Not valid.';
  }
  return fields;
}

/** Fastify's own refusals, in our words: its messages echo the request back. */
const FRAMEWORK_CODES: Record<string, [AppErrorCode, string]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    'unsupported_media_type',
    'Send the request body as JSON (Content-Type: application/json).',
  ],
  FST_ERR_CTP_INVALID_JSON_BODY: ['invalid_json', 'The request body is not valid JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [
    'invalid_json',
    'The request body is empty; send a JSON object or no Content-Type.',
  ],
  FST_ERR_CTP_BODY_TOO_LARGE: ['payload_too_large', 'The request body is too large.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    'bad_request',
    'The Content-Length header does not match the body.',
  ],
};

const errorBody = (code: AppErrorCode, message: string) =>
  JSON.stringify({ error: { code, message, fields: {} } });

/**
 * Fastify's `frameworkErrors`: a URL that does not decode (`/api/v1/users/%`) or a path
 * parameter longer than any id, answered before routing, in the documented shape.
 */
export function handleFrameworkError(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
) {
  const message =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'A part of this address is too long.'
      : 'This address holds a character that is not valid.';
  return reply
    .status(400)
    .type('application/json; charset=utf-8')
    .send(errorBody('bad_url', message));
}

/**
 * Node's HTTP parser refusals (headers too large, a malformed request line, a timeout) never
 * reach Fastify's routing: the answer is written to the socket here, in the documented shape.
 */
export function handleClientError(error: NodeJS.ErrnoException, socket: Duplex) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message]: [number, AppErrorCode, string] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'headers_too_large', 'The request headers are too large.']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'request_timeout', 'The request took too long to arrive.']
        : [400, 'bad_request', 'The request could not be read.'];
  const body = errorBody(code, message);
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  socket.destroy(error);
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const known = error instanceof AppError ? error : translateDbError(error);
  if (known) {
    return reply.status(known.status).send({
      error: { code: known.code, message: known.message, fields: known.fields },
    });
  }
  if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
    const fields = fieldsFromValidation(error);
    const [first] = Object.entries(fields);
    return reply.status(422).send({
      error: {
        code: 'validation_failed',
        message: first ? `${first[0]}: ${first[1]}` : 'The request is not valid.',
        fields,
      },
    });
  }
  if (error.statusCode === 429) {
    return reply.status(429).send({
      error: {
        code: 'rate_limited',
        message: 'Too many attempts. Please wait a minute and try again.',
        fields: {},
      },
    });
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    const [code, message]: [AppErrorCode, string] = FRAMEWORK_CODES[error.code] ?? [
      error.statusCode === 413 ? 'payload_too_large' : 'bad_request',
      'The request could not be read.',
    ];
    return reply.status(error.statusCode).send({ error: { code, message, fields: {} } });
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send({
    error: {
      code: 'internal_error',
      message: 'Something went wrong on our side. Please try again.',
      fields: {},
    },
  });
}
