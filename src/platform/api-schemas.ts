/**
 * Shapes shared by every endpoint: the error body, list paging, list answers, and the building
 * blocks every request schema takes its ids and dates from, bounded to what PostgreSQL stores.
 */
import { z } from 'zod';
import { isIsoDate } from '../domain/dates.js';
import { APP_ERROR_CODES } from './errors.js';

/** The largest PostgreSQL `integer`: every id and count a request carries fits in one. */
export const MAX_INT4 = 2_147_483_647;

const ID_MESSAGE = 'An id is a whole number from 1 to 2147483647.';

/** A record id in a JSON body. */
export const zId = (message = ID_MESSAGE) =>
  z.number(message).int(message).positive(message).max(MAX_INT4, message);

/** A record id in a path or query string (text coerced to a number). */
export const zQueryId = (message = ID_MESSAGE) =>
  z.coerce.number(message).int(message).positive(message).max(MAX_INT4, message);

/** An ISO calendar date (`2026-11-24`) in years 1000 to 9999. */
export const zIsoDate = (message: string) =>
  z.string(message).refine(isIsoDate, message).meta({ format: 'date' });

/** The error code enum, a named component schema of the OpenAPI document. */
export const ZErrorCode = z.enum(APP_ERROR_CODES).meta({ id: 'ErrorCode' });

export const ZError = z
  .object({
    error: z.object({
      code: ZErrorCode,
      message: z.string(),
      fields: z.record(z.string(), z.string()),
    }),
  })
  .meta({ id: 'Error' });

export const errorResponses = {
  400: ZError,
  401: ZError,
  403: ZError,
  404: ZError,
  409: ZError,
  422: ZError,
  429: ZError,
} as const;

export const ZPaging = z.object({
  page: z.coerce.number().int().min(1, 'page starts at 1.').max(MAX_INT4).default(1),
  pageSize: z.coerce.number().int().min(1).max(100, 'pageSize is at most 100.').default(10),
  order: z.enum(['asc', 'desc']).default('asc'),
});

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

/** A query parameter that may repeat (`?groupId=1&groupId=2`) or be given once. */
export const repeatedInt = (message: string) =>
  z.preprocess(
    (value) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]),
    z.array(zQueryId(message)).optional(),
  );

export const ZIdParams = z.object({ id: zQueryId() });
