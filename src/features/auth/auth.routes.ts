import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { tenants } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { errorResponses } from '../../platform/api-schemas.js';
import { unauthenticated } from '../../platform/errors.js';
import { extraRateLimit } from '../../platform/rate-limits.js';
import { ZSessionResponse, ZSignInRequest } from './auth.schema.js';
import { SESSION_COOKIE } from './authenticate.js';
import { prefetchCandidate, type SignInCandidate, signIn, signOut } from './sign-in.js';

/** Sign-in attempts a minute from one client address, whatever the usernames. */
export const SIGN_INS_PER_ADDRESS = 30;
/** Sign-in attempts a minute from one client address at one username. */
export const SIGN_INS_PER_NAME = 10;

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

  // Password spraying: one address trying many usernames is limited across them all.
  const addressLimit = extraRateLimit(app, {
    name: 'sign-in-address',
    max: SIGN_INS_PER_ADDRESS,
    timeWindow: '1 minute',
    key: (request) => request.ip,
  });
  // Per address and username, so one office behind one address is not locked out together;
  // the account lockout stops guessing at one account from many addresses.
  const nameLimit = extraRateLimit(app, {
    name: 'sign-in-name',
    max: SIGN_INS_PER_NAME,
    timeWindow: '1 minute',
    key: (request) => {
      const body = request.body as { username?: unknown } | undefined;
      return `${request.ip}|${String(body?.username ?? '').toLowerCase()}`;
    },
  });
  /** The account read started before the limits are counted, for the handler to await. */
  const candidates = new WeakMap<FastifyRequest, Promise<SignInCandidate>>();

  app.post(
    '/session',
    {
      // The account is read while both limits are counted (three round trips at once, not one
      // after another); the password is verified only once both let the request through.
      preHandler: async (request, reply) => {
        const { tenant, username } = request.body as { tenant: string; username: string };
        candidates.set(request, prefetchCandidate(app.db, tenant, username));
        await Promise.all([addressLimit(request, reply), nameLimit(request, reply)]);
      },
      config: { access: 'public' },
      schema: {
        tags: ['session'],
        summary: 'Sign in',
        body: ZSignInRequest,
        response: { 200: ZSessionResponse, ...errorResponses, 423: errorResponses[401] },
      },
    },
    async (request, reply) => {
      const result = await signIn(
        app.db,
        { ...request.body, ip: request.ip },
        candidates.get(request),
      );
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
