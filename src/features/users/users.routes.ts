import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, repeatedInt, ZIdParams } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { getUser } from './get-user.js';
import { getUsersOverview } from './get-users-overview.js';
import { listLearnerContacts } from './list-learner-contacts.js';
import { listUsers } from './list-users.js';
import { ZLearnerContact, ZListUsersQuery, ZUser, ZUserList } from './users.schema.js';

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/users',
    {
      config: { access: 'administrator', apiKey: true },
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
    '/users/overview',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['users'],
        summary: 'Counts of visible users by subscription status and type (Users overview)',
        querystring: z.object({ groupId: repeatedInt('groupId must be a group id.') }),
        response: {
          200: z.object({
            activeUsers: z.number().int(),
            invitedUsers: z.number().int(),
            expiredUsers: z.number().int(),
            byStatus: z.object({
              Prospect: z.number().int(),
              Invited: z.number().int(),
              FullUser: z.number().int(),
              Expired: z.number().int(),
              Cancelled: z.number().int(),
              Archived: z.number().int(),
            }),
            byType: z.object({
              learner: z.number().int(),
              employer: z.number().int(),
              admin: z.number().int(),
            }),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => getUsersOverview(app.db, requireAdmin(request), request.query.groupId),
  );

  app.get(
    '/users/:id',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['users'],
        summary: 'One user, with its version',
        params: ZIdParams,
        response: { 200: ZUser, ...errorResponses },
      },
    },
    async (request) => getUser(app.db, requireAdmin(request), request.params.id),
  );

  app.get(
    '/users/:id/contacts',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['users'],
        summary: "The learner's contacts: every referrer contact chosen for them, oldest first",
        params: ZIdParams,
        response: { 200: z.object({ items: z.array(ZLearnerContact) }), ...errorResponses },
      },
    },
    async (request) => listLearnerContacts(app.db, requireAdmin(request), request.params.id),
  );
};
