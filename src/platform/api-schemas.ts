/** Shapes shared by every endpoint: the error body, list paging and list answers. */
import { z } from 'zod';

export const ZError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()),
  }),
});

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
  page: z.coerce.number().int().min(1, 'page starts at 1.').default(1),
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
    z.array(z.coerce.number().int(message).positive(message)).optional(),
  );

export const ZIdParams = z.object({ id: z.coerce.number().int().positive() });
