import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { STATUS_ACTION_SUMMARIES, STATUS_ACTIONS } from '../../domain/status-actions.js';
import { errorResponses, ZIdParams } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { ZUser } from '../users/users.schema.js';
import { changeStatus } from './change-status.js';

export const lifecycleRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const action of STATUS_ACTIONS)
    app.post(
      `/users/:id/${action}`,
      {
        config: { access: 'administrator', apiKey: true },
        schema: {
          tags: ['users'],
          summary: STATUS_ACTION_SUMMARIES[action],
          description:
            '200 with the user. 403/404 when you may not (your own account included); 409 with a code when the user is not in a state for it: `cannot_<action>`, `user_archived`, or `in_ilr_batch` for a learner in a funding submission batch.',
          params: ZIdParams,
          response: { 200: ZUser, ...errorResponses },
        },
      },
      async (request) =>
        changeStatus(app.db, requireAdmin(request), request.params.id, action, request.ip),
    );
};
