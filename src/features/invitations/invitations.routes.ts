import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZSubscriptionStatus } from '../../platform/api-enums.js';
import { errorResponses, ZIdParams } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { inviteUser } from './invite-user.js';
import { listCommunications } from './list-communications.js';

const ZCommunication = z.object({
  id: z.number().int(),
  subject: z.string(),
  toAddress: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  attempts: z.number().int().describe('Tries made so far'),
  nextAttemptAt: z.iso.datetime().nullable().describe('When the next try is due, while pending'),
  lastError: z.string().nullable().describe('Why the latest try failed'),
});

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

  app.get(
    '/users/:id/communications',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['users'],
        summary: 'Emails sent (or waiting to be sent) to the user',
        params: ZIdParams,
        response: { 200: z.object({ items: z.array(ZCommunication) }), ...errorResponses },
      },
    },
    async (request) => listCommunications(app.db, requireAdmin(request), request.params.id),
  );
};
