import { and, desc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { outbox, SUBSCRIPTION_STATUSES } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { errorResponses, ZIdParams } from '../../platform/api-schemas.js';
import { assert, forbidden } from '../../platform/errors.js';
import { requireAdmin } from '../../platform/guards.js';
import { findVisibleUser } from '../users/get-user.js';
import { loadGroupLinks } from '../users/present-user.js';
import { canManageUser } from '../users/users.policy.js';
import { sendInvitation } from './send-invitation.js';

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
  // Inside a transaction every query must use `tx`: PGlite has one connection, so a query on
  // app.db would wait for the transaction that waits for it.
  const editable = async (db: Db, actor: Actor, id: number) => {
    const user = await findVisibleUser(db, actor, id);
    const groupIds = ((await loadGroupLinks(db, [id])).get(id) ?? []).map((g) => g.id);
    return { user, subject: { ...user, groupIds } };
  };

  app.post(
    '/users/:id/invitation',
    {
      schema: {
        tags: ['users'],
        summary: 'Send or re-send the activation email (older links stop working)',
        params: ZIdParams,
        response: {
          202: z.object({
            subscriptionStatus: z.enum(SUBSCRIPTION_STATUSES),
            outboxId: z.number().int().nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const actor = requireAdmin(request);
      const result = await app.db.transaction(async (tx) => {
        const { user, subject } = await editable(tx, actor, request.params.id);
        assert(canManageUser(actor, subject), forbidden('You cannot invite this user.'));
        return sendInvitation(tx, actor, user, app.config.publicUrl);
      });
      return reply.status(202).send(result);
    },
  );

  app.get(
    '/users/:id/communications',
    {
      schema: {
        tags: ['users'],
        summary: 'Emails sent (or waiting to be sent) to the user',
        params: ZIdParams,
        response: { 200: z.object({ items: z.array(ZCommunication) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireAdmin(request);
      const user = await findVisibleUser(app.db, actor, request.params.id);
      const rows = await app.db
        .select()
        .from(outbox)
        .where(and(eq(outbox.tenantId, actor.tenantId), eq(outbox.userId, user.id)))
        .orderBy(desc(outbox.id))
        .limit(200);
      return {
        items: rows.map((row) => ({
          id: row.id,
          subject: row.subject,
          toAddress: row.toAddress,
          status: row.status,
          createdAt: row.createdAt.toISOString(),
          sentAt: row.sentAt?.toISOString() ?? null,
          attempts: row.attempts,
          nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
          lastError: row.lastError,
        })),
      };
    },
  );
};
