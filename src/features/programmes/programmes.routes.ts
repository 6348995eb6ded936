import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, repeatedInt } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { loadProgrammeOffers, programmesOffered } from './programme-offers.js';

const ZProgramme = z.object({
  id: z.number().int(),
  name: z.string(),
  type: z.enum(['application', 'delivery']),
});

export const programmesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['programmes'],
        summary: 'Programmes of the tenant, or those offered by the given groups',
        querystring: z.object({
          groupId: repeatedInt('groupId must be a group id.'),
          type: z.enum(['application', 'delivery']).optional(),
        }),
        response: { 200: z.object({ items: z.array(ZProgramme) }), ...errorResponses },
      },
    },
    async (request) => {
      const { groupId, type } = request.query;
      const offers = await loadProgrammeOffers(app.db, requireAdmin(request).tenantId);
      const items = programmesOffered(
        offers,
        groupId?.length ? groupId : undefined,
        type ? [type] : ['application', 'delivery'],
      );
      return { items: items.map(({ id, name, type }) => ({ id, name, type })) };
    },
  );
};
