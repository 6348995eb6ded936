import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, ZIdParams } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { ZCreateGroupRequest, ZGroup, ZGroupTree, ZUpdateGroupRequest } from './groups.schema.js';
import { listGroupTrees } from './list-group-trees.js';
import { addGroup, changeGroup, deleteGroup } from './manage-groups.js';

export const groupsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/groups',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['groups'],
        summary: 'The group trees the caller can see',
        response: { 200: z.array(ZGroupTree), ...errorResponses },
      },
    },
    async (request) => listGroupTrees(app.db, requireAdmin(request)),
  );

  app.post(
    '/groups',
    {
      config: { access: 'administrator' },
      schema: {
        tags: ['groups'],
        summary: 'Add a group under a group you can access, or a root hierarchy (full access only)',
        body: ZCreateGroupRequest,
        response: { 201: ZGroup, ...errorResponses },
      },
    },
    async (request, reply) => {
      const group = await addGroup(app.db, requireAdmin(request), request.body, { ip: request.ip });
      return reply.status(201).send(group);
    },
  );

  app.patch(
    '/groups/:id',
    {
      config: { access: 'administrator' },
      schema: {
        tags: ['groups'],
        summary: 'Rename a group, or move it within its hierarchy (send version)',
        params: ZIdParams,
        body: ZUpdateGroupRequest,
        response: { 200: ZGroup, ...errorResponses },
      },
    },
    async (request) =>
      changeGroup(app.db, requireAdmin(request), request.params.id, request.body, {
        ip: request.ip,
      }),
  );

  app.delete(
    '/groups/:id',
    {
      config: { access: 'administrator' },
      schema: {
        tags: ['groups'],
        summary: 'Delete an empty group; 409 group_not_empty says what it still holds',
        params: ZIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteGroup(app.db, requireAdmin(request), request.params.id, { ip: request.ip });
      return reply.status(204).send(null);
    },
  );
};
