/**
 * One hook for every /api/v1 request: who is calling (session cookie or Bearer API key), a 401
 * for private routes without one, the CSRF check for cookie-borne state changes, then the
 * route's declared access (platform/route-access.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, unauthenticated } from '../../platform/errors.js';
import { checkAccess } from '../../platform/route-access.js';
import { safeEqual } from '../../platform/tokens.js';
import { actorFromApiKey, actorFromSession } from './load-actor.js';

export const SESSION_COOKIE = 'roster_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

async function resolveActor(app: FastifyInstance, request: FastifyRequest) {
  // RFC 9110: the scheme name is case-insensitive (`bearer x` is a Bearer token).
  const bearer = /^bearer\s+(.*)$/i.exec(request.headers.authorization ?? '');
  if (bearer) return actorFromApiKey(app.db, (bearer[1] ?? '').trim());
  const sessionId = request.cookies[SESSION_COOKIE];
  return sessionId ? actorFromSession(app.db, sessionId) : null;
}

export function registerAuthentication(app: FastifyInstance) {
  app.decorateRequest('actor', null);
  // onRequest, before the body is parsed and validated: a caller who is not signed in learns
  // 401 and nothing about what a valid body would look like.
  app.addHook('onRequest', async (request) => {
    // Unmatched paths (404) and the reference page need no identity.
    if (!request.url.startsWith('/api/v1/') || !request.routeOptions.url) return;
    request.actor = await resolveActor(app, request);
    if (request.routeOptions.config.access === 'public') return;
    if (!request.actor) throw unauthenticated();
    if (request.actor.via === 'session' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (
        typeof sent !== 'string' ||
        !request.actor.csrfToken ||
        !safeEqual(sent, request.actor.csrfToken)
      )
        throw new AppError(
          'csrf_failed',
          'The security token of this page is missing or out of date. Reload the page and try again.',
          403,
        );
    }
    checkAccess(request, request.actor);
  });
}
