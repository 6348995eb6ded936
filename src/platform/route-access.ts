/**
 * Who may call each route, declared where the route is (`config: { access, apiKey? }`) and
 * enforced in one place: `checkAccess` runs in the authentication hook, before the body is
 * parsed, and `requireDeclaredAccess` refuses to register a route that declares nothing.
 */
import type { FastifyRequest, RouteOptions } from 'fastify';
import { type Actor, isAdmin, isEmployer, isSupport } from './actor.js';
import { AppError, unauthenticated } from './errors.js';

/**
 * - `public`: anyone, signed in or not (sign-in, activation, self-registration).
 * - `self`: anyone signed in, acting on their own account (the session, their tenant).
 * - `administrator`: a standard administrator or platform support; records are further
 *   scoped to the administrator's groups by the queries.
 * - `support`: platform support only.
 * - `employer`: an employer user signed in, reading the learners linked to them (their
 *   console); the queries narrow that to the learners they manage or mentor. No API key.
 */
export type RouteAccess = 'public' | 'self' | 'administrator' | 'support' | 'employer';

export const ROUTE_ACCESS: readonly RouteAccess[] = [
  'public',
  'self',
  'administrator',
  'support',
  'employer',
];

/** What a route's config says about access, as the route list reports it. */
export interface AccessDeclaration {
  access: RouteAccess;
  /** API keys (Bearer) may call it; without this only a session may. */
  apiKey: boolean;
}

/** The declaration of a route being registered; throws when there is none, so the server never starts with an undeclared route. */
export function requireDeclaredAccess(
  route: Pick<RouteOptions, 'method' | 'url' | 'config'>,
): AccessDeclaration {
  const config = route.config as { access?: unknown; apiKey?: unknown } | undefined;
  const access = ROUTE_ACCESS.find((value) => value === config?.access);
  if (!access)
    throw new Error(
      `Route ${String(route.method)} ${route.url} declares no access: add config.access (${ROUTE_ACCESS.join(', ')}).`,
    );
  if (access === 'public' && config?.apiKey)
    throw new Error(`Route ${String(route.method)} ${route.url}: a public route takes no apiKey.`);
  if (access === 'employer' && config?.apiKey)
    throw new Error(
      `Route ${String(route.method)} ${route.url}: API keys belong to administrators; an employer route takes none.`,
    );
  return { access, apiKey: config?.apiKey === true };
}

const forbidden = (message: string) => new AppError('forbidden', message, 403);

/** Refuses the caller the route's declaration does not admit: 401 signed out, 403 wrong kind. */
export function checkAccess(request: FastifyRequest, actor: Actor | null): void {
  const { access, apiKey } = request.routeOptions.config;
  if (access === 'public') return;
  if (!actor) throw unauthenticated();
  if (actor.via === 'api_key' && !apiKey)
    throw forbidden('An API key cannot do this; sign in as a person to do it.');
  if (access === 'administrator' && !isAdmin(actor))
    throw forbidden('Only administrators can do this.');
  if (access === 'support' && !isSupport(actor))
    throw forbidden('Only platform support can do this.');
  if (access === 'employer' && !isEmployer(actor))
    throw forbidden('Only employer users can do this.');
}
