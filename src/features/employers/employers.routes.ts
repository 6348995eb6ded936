import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { createEmployer } from './create-employer.js';
import { ZCreateEmployerRequest, ZEmployerUser, ZPosition } from './employers.schema.js';
import { listPositions } from './list-positions.js';

export const employersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/employers',
    {
      config: { access: 'administrator', apiKey: true },
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
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['employers'],
        summary: "The tenant's positions (employer users and administrators)",
        response: { 200: z.object({ items: z.array(ZPosition) }), ...errorResponses },
      },
    },
    async (request) => listPositions(app.db, requireAdmin(request)),
  );
};
