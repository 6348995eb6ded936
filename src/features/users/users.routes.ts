import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, ZIdParams } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { getUser } from './get-user.js';
import { listUsers } from './list-users.js';
import { ZListUsersQuery, ZUser, ZUserList } from './users.schema.js';

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'List the users the caller can see',
        querystring: ZListUsersQuery,
        response: { 200: ZUserList, ...errorResponses },
      },
    },
    async (request) => listUsers(app.db, requireAdmin(request), request.query),
  );

  app.get(
    '/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'One user, with its version',
        params: ZIdParams,
        response: { 200: ZUser, ...errorResponses },
      },
    },
    async (request) => getUser(app.db, requireAdmin(request), request.params.id),
  );
};
