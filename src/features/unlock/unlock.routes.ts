import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, ZIdParams } from '../../platform/api-schemas.js';
import { requireAdmin, requireSupport } from '../../platform/guards.js';
import { extraRateLimit, signInNameKey } from '../../platform/rate-limits.js';
import { requestUnlockLink } from './request-unlock-link.js';
import { ZSupportUnlockRequest, ZUnlockLinkRequest, ZUnlockWithLink } from './unlock.schema.js';
import { unlockAnyAccount, unlockUser } from './unlock-user.js';
import { unlockWithLink } from './unlock-with-link.js';

export const unlockRoutes: FastifyPluginAsyncZod = async (app) => {
  // One name gets at most a few emails an hour, however many addresses ask for it.
  const perName = extraRateLimit(app, {
    name: 'unlock-link-name',
    max: 3,
    timeWindow: '1 hour',
    key: signInNameKey,
  });

  app.post(
    '/account-unlock',
    {
      config: { access: 'public', rateLimit: { max: 10, timeWindow: '15 minutes' } },
      preHandler: perName,
      schema: {
        tags: ['session'],
        summary:
          'Ask for an unlock link by email; 202 whether or not the account exists or is locked',
        body: ZUnlockLinkRequest,
        response: {
          202: z.object({}).describe('Asked; a link is emailed if it applies'),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      await requestUnlockLink(app.db, { ...request.body, ip: request.ip }, app.config.publicUrl);
      return reply.status(202).send({});
    },
  );

  app.post(
    '/account-unlock/confirm',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['session'],
        summary: 'Unlock an account with the emailed single-use link',
        body: ZUnlockWithLink,
        response: {
          200: z.object({ tenant: z.string().describe('Organisation slug, for the sign-in link') }),
          ...errorResponses,
        },
      },
    },
    async (request) => unlockWithLink(app.db, request.body.token, request.ip),
  );

  app.post(
    '/users/:id/unlock',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['users'],
        summary: 'Lift a lockout after too many failed sign-ins',
        description:
          '403/404 when you may not; 409 `user_archived` (archived users cannot sign in whatever their lock) or `not_locked` when the user is not in that state.',
        params: ZIdParams,
        response: { 200: z.object({ locked: z.literal(false) }), ...errorResponses },
      },
    },
    async (request) => unlockUser(app.db, requireAdmin(request), request.params.id, request.ip),
  );

  app.post(
    '/support/account-unlock',
    {
      config: { access: 'support' },
      schema: {
        tags: ['tenant'],
        summary: 'Platform support: lift a lockout in any organisation',
        body: ZSupportUnlockRequest,
        response: {
          200: z.object({ userId: z.number().int(), locked: z.literal(false) }),
          ...errorResponses,
        },
      },
    },
    async (request) => unlockAnyAccount(app.db, requireSupport(request), request.body, request.ip),
  );
};
