import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, ZIdParams } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { ZBulkAction, ZCreateBulkAction } from './bulk-actions.schema.js';
import { createBulkAction } from './create-bulk-action.js';
import { getBulkAction } from './get-bulk-action.js';

export const bulkActionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/bulk-actions',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['users'],
        summary: 'One action on many users, done in the background: poll GET /bulk-actions/{id}',
        description:
          'Actions: set-case-owner (with caseOwnerId), invite, extend (with subscriptionEndsOn), unlock, archive, reassign-group (with fromGroupId and toGroupId: each learner’s membership of the one group becomes a membership of the other, one group per root hierarchy). Users are `userIds`, or every visible user a Users-grid `filter` matches. Each user is refused or done on their own, with the code and reason in the results.',
        body: ZCreateBulkAction,
        response: { 202: z.object({ id: z.number().int() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await createBulkAction(app.db, requireAdmin(request), request.body, {
        publicUrl: app.config.publicUrl,
        ip: request.ip,
      });
      return reply.status(202).send(created);
    },
  );

  app.get(
    '/bulk-actions/:id',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['users'],
        summary: 'A bulk action: status, progress and a result for each user done so far',
        params: ZIdParams,
        response: { 200: ZBulkAction, ...errorResponses },
      },
    },
    async (request) => getBulkAction(app.db, requireAdmin(request), request.params.id),
  );
};
