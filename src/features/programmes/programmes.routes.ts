import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, ZIdParams } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { createProgramme } from './create-programme.js';
import { deleteProgramme } from './delete-programme.js';
import { listProgrammes } from './list-programmes.js';
import {
  ZCreateProgrammeRequest,
  ZProgramme,
  ZProgrammesQuery,
  ZUpdateProgrammeRequest,
} from './programmes.schema.js';
import { updateProgramme } from './update-programme.js';

export const programmesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['programmes'],
        summary:
          'Programmes offered on groups you can access, by name; or those offered by the given groups',
        querystring: ZProgrammesQuery,
        response: { 200: z.object({ items: z.array(ZProgramme) }), ...errorResponses },
      },
    },
    async (request) => listProgrammes(app.db, requireAdmin(request), request.query),
  );

  app.post(
    '/programmes',
    {
      config: { access: 'administrator' },
      schema: {
        tags: ['programmes'],
        summary: 'Add a programme offered on groups within your access',
        body: ZCreateProgrammeRequest,
        response: { 201: ZProgramme, ...errorResponses },
      },
    },
    async (request, reply) => {
      const programme = await createProgramme(app.db, requireAdmin(request), request.body, {
        ip: request.ip,
      });
      return reply.status(201).send(programme);
    },
  );

  app.patch(
    '/programmes/:id',
    {
      config: { access: 'administrator' },
      schema: {
        tags: ['programmes'],
        summary:
          'Change a programme offered only on groups within your access (send version); fields left out stay',
        params: ZIdParams,
        body: ZUpdateProgrammeRequest,
        response: { 200: ZProgramme, ...errorResponses },
      },
    },
    async (request) =>
      updateProgramme(app.db, requireAdmin(request), request.params.id, request.body, {
        ip: request.ip,
      }),
  );

  app.delete(
    '/programmes/:id',
    {
      config: { access: 'administrator' },
      schema: {
        tags: ['programmes'],
        summary: 'Delete a programme no learner is on; otherwise 409 programme_in_use',
        params: ZIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteProgramme(app.db, requireAdmin(request), request.params.id, { ip: request.ip });
      return reply.status(204).send(null);
    },
  );
};
