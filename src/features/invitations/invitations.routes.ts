import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZSubscriptionStatus } from '../../platform/api-enums.js';
import { errorResponses, ZIdParams } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { inviteUser } from './invite-user.js';

export const invitationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/users/:id/invitation',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['users'],
        summary: 'Send or re-send the activation email (older links stop working)',
        params: ZIdParams,
        response: {
          202: z.object({
            subscriptionStatus: ZSubscriptionStatus,
            outboxId: z.number().int().nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const actor = requireAdmin(request);
      const result = await inviteUser(app.db, actor, request.params.id, app.config.publicUrl);
      return reply.status(202).send(result);
    },
  );
};
