import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, ZIdParams } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { extraRateLimit, signInNameKey } from '../../platform/rate-limits.js';
import { adminPasswordReset } from './admin-password-reset.js';
import { ZPasswordResetConfirm, ZPasswordResetRequest } from './password-reset.schema.js';
import { requestPasswordReset } from './request-password-reset.js';
import { resetPassword } from './reset-password.js';

export const passwordResetRoutes: FastifyPluginAsyncZod = async (app) => {
  // One name gets at most a few emails an hour, however many addresses ask for it.
  const perName = extraRateLimit(app, {
    name: 'password-reset-name',
    max: 3,
    timeWindow: '1 hour',
    key: signInNameKey,
  });

  app.post(
    '/password-reset',
    {
      config: { access: 'public', rateLimit: { max: 10, timeWindow: '15 minutes' } },
      preHandler: perName,
      schema: {
        tags: ['session'],
        summary: 'Forgot your password: email a reset link; 202 whether or not the account exists',
        body: ZPasswordResetRequest,
        response: {
          202: z.object({}).describe('Asked; a link is emailed if it applies'),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(app.db, { ...request.body, ip: request.ip }, app.config.publicUrl);
      return reply.status(202).send({});
    },
  );

  app.post(
    '/password-reset/confirm',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['session'],
        summary: 'Set a new password with the emailed single-use link; every session ends',
        body: ZPasswordResetConfirm,
        response: {
          200: z.object({ tenant: z.string().describe('Organisation slug, for the sign-in link') }),
          ...errorResponses,
        },
      },
    },
    async (request) => resetPassword(app.db, { ...request.body, ip: request.ip }),
  );

  app.post(
    '/users/:id/password-reset',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['users'],
        summary: 'Email a user a link to choose a new password',
        description:
          '403/404 when you may not; 422 `email_required` without an email address; 409 `cannot_reset_password` when the user is not a Full user or signs in through SAML.',
        params: ZIdParams,
        response: {
          202: z.object({ outboxId: z.number().int() }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const result = await adminPasswordReset(app.db, requireAdmin(request), request.params.id, {
        publicUrl: app.config.publicUrl,
        ip: request.ip,
      });
      return reply.status(202).send(result);
    },
  );
};
