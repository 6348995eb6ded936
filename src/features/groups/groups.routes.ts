import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { ZGroupTree } from './groups.schema.js';
import { listGroupTrees } from './list-group-trees.js';

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
};
