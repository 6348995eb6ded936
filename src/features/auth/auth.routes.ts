import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { tenants } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { errorResponses } from '../../platform/api-schemas.js';
import { unauthenticated } from '../../platform/errors.js';
import { rateLimited } from '../../platform/rate-limits.js';
import { ZSessionResponse, ZSignInRequest } from './auth.schema.js';
import { SESSION_COOKIE } from './authenticate.js';
import { signIn, signOut } from './sign-in.js';
import { countSignInAttempt } from './sign-in-attempt.js';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const present = async (actor: Actor) => {
    // The session and API-key lookups load the tenant's name with the actor; others ask.
    const [tenant] =
      actor.tenantName === undefined
        ? await app.db
            .select({ slug: tenants.slug, name: tenants.name })
            .from(tenants)
            .where(eq(tenants.id, actor.tenantId))
        : [{ slug: actor.tenantSlug, name: actor.tenantName }];
    return {
      user: {
        id: actor.userId,
        type: actor.type,
        adminRole: actor.adminRole,
        firstName: actor.firstName,
        surname: actor.surname,
        email: actor.email,
      },
      tenant: tenant ?? { slug: actor.tenantSlug, name: actor.tenantSlug },
      csrfToken: actor.csrfToken,
    };
  };

  app.post(
    '/session',
    {
      config: { access: 'public' },
      schema: {
        tags: ['session'],
        summary: 'Sign in',
        body: ZSignInRequest,
        response: { 200: ZSessionResponse, ...errorResponses, 423: errorResponses[401] },
      },
    },
    async (request, reply) => {
      // Both limits are counted and the account read in one statement; the password is
      // verified only once both let the attempt through.
      const input = { ...request.body, ip: request.ip };
      const { candidate, retryAfterSeconds } = await countSignInAttempt(app.db, input);
      if (retryAfterSeconds !== null) {
        reply.header('retry-after', String(retryAfterSeconds));
        throw rateLimited();
      }
      const result = await signIn(app.db, input, candidate);
      reply.setCookie(SESSION_COOKIE, result.sessionId, {
        httpOnly: true,
        sameSite: 'lax',
        secure: app.config.publicUrl.startsWith('https:'),
        path: '/',
        maxAge: result.maxAgeSeconds,
      });
      return present(result.actor);
    },
  );

  app.get(
    '/session',
    {
      config: { access: 'self' },
      schema: {
        tags: ['session'],
        summary: 'Who is signed in',
        response: { 200: ZSessionResponse, ...errorResponses },
      },
    },
    async (request) => {
      if (!request.actor) throw unauthenticated();
      return present(request.actor);
    },
  );

  app.delete(
    '/session',
    {
      config: { access: 'self' },
      schema: {
        tags: ['session'],
        summary: 'Sign out',
        response: { 204: z.null().describe('Signed out'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const sessionId = request.cookies[SESSION_COOKIE];
      if (sessionId) await signOut(app.db, sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
};
