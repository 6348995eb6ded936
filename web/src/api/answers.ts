/**
 * The server's own shapes, read from the generated OpenAPI types (openapi.d.ts, made by
 * `npm run api:types` and kept current by a test). Paths are written as the client calls them,
 * without the /api/v1 prefix: `Answer<'/users/{id}', 'get'>`, `Body<'/users/{id}', 'patch'>`,
 * `Query<'/users', 'get'>`, `Schema<'SubscriptionStatus'>`.
 */
import type { ApiPaths } from './client';
import type { components } from './openapi';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends keyof ApiPaths, M extends Method> = NonNullable<ApiPaths[P][M]>;
type Responses<P extends keyof ApiPaths, M extends Method> =
  Operation<P, M> extends { responses: infer R } ? R : never;
type Success = 200 | 201 | 202 | 204;

/** The JSON body an endpoint answers with on success (its 2xx status). */
export type Answer<P extends keyof ApiPaths, M extends Method> = {
  [S in keyof Responses<P, M> & Success]: Responses<P, M>[S] extends {
    content: { 'application/json': infer T };
  }
    ? T
    : never;
}[keyof Responses<P, M> & Success];

/** The JSON body an endpoint takes. */
export type Body<P extends keyof ApiPaths, M extends Method> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer T } } }
    ? T
    : never;

/** The query string parameters an endpoint takes. */
export type Query<P extends keyof ApiPaths, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** A named schema of the OpenAPI document (components.schemas). */
export type Schema<N extends keyof components['schemas']> = components['schemas'][N];
