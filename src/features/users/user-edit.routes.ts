/** Edit User: PATCH /users/:id with the version the form loaded. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, ZIdParams } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { updateUser } from './update-user.js';
import { ZUpdateUserRequest } from './user-edit.schema.js';
import { ZUser } from './users.schema.js';

export const userEditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.patch(
    '/users/:id',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['users'],
        summary: 'Edit a learner (send the version you loaded)',
        description:
          'Keys left out stay as they are; null clears a field. 409 version_conflict when someone saved first; 422 validation_failed with a reason per field; 422 funding_locked when a field locked by a quality-assured funding (ILR) episode would change.',
        params: ZIdParams,
        body: ZUpdateUserRequest,
        response: { 200: ZUser, ...errorResponses },
      },
    },
    async (request) =>
      updateUser(app.db, requireAdmin(request), request.params.id, request.body, {
        ip: request.ip,
      }),
  );
};
