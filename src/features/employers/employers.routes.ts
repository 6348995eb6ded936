import { asc, eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { positions } from '../../db/schema.js';
import { errorResponses } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { createEmployer } from './create-employer.js';
import { ZCreateEmployerRequest, ZEmployerUser, ZPosition } from './employers.schema.js';

export const employersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/employers',
    {
      schema: {
        tags: ['employers'],
        summary: 'Add an employer user: Invited (activation email sent) or Prospect',
        body: ZCreateEmployerRequest,
        response: { 201: ZEmployerUser, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = await createEmployer(app.db, requireAdmin(request), request.body, {
        publicUrl: app.config.publicUrl,
        ip: request.ip,
      });
      return reply.status(201).send(user);
    },
  );

  app.get(
    '/positions',
    {
      schema: {
        tags: ['employers'],
        summary: "The tenant's positions (employer users and administrators)",
        response: { 200: z.object({ items: z.array(ZPosition) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireAdmin(request);
      const items = await app.db
        .select({ id: positions.id, title: positions.title })
        .from(positions)
        .where(eq(positions.tenantId, actor.tenantId))
        .orderBy(asc(sql`lower(${positions.title})`));
      return { items };
    },
  );
};
