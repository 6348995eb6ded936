/**
 * The server's own shapes, read from the generated OpenAPI types (openapi.d.ts, made by
 * `npm run api:types` and kept current by a test): what an endpoint answers and what it takes.
 */
import type { paths } from './openapi';

type Method = 'get' | 'post' | 'patch' | 'delete';

/** The JSON body an endpoint answers with `status`. */
export type Answer<
  P extends keyof paths,
  M extends Method,
  S extends number,
> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

/** The JSON body an endpoint takes. */
export type Body<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer T } };
}
  ? T
  : never;
