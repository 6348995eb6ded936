import { and, asc, eq, exists, inArray, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { programmeGroups, programmes } from '../../db/schema.js';
import { errorResponses, repeatedInt } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';

const ZProgramme = z.object({
  id: z.number().int(),
  name: z.string(),
  type: z.enum(['application', 'delivery']),
});

export const programmesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes',
    {
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
      const actor = requireAdmin(request);
      const { groupId, type } = request.query;
      const offered = groupId?.length
        ? exists(
            app.db
              .select({ one: sql`1` })
              .from(programmeGroups)
              .where(
                and(
                  eq(programmeGroups.programmeId, programmes.id),
                  inArray(programmeGroups.groupId, groupId),
                ),
              ),
          )
        : undefined;
      const items = await app.db
        .select({ id: programmes.id, name: programmes.name, type: programmes.type })
        .from(programmes)
        .where(
          and(
            eq(programmes.tenantId, actor.tenantId),
            type ? eq(programmes.type, type) : undefined,
            offered,
          ),
        )
        .orderBy(asc(programmes.name));
      return { items };
    },
  );
};
