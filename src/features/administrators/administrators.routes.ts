import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, ZIdParams } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import {
  ZAdministrator,
  ZCreateAdministratorRequest,
  ZUpdateAdministratorRequest,
} from './administrators.schema.js';
import { createAdministrator } from './create-administrator.js';
import { deactivateAdministrator } from './deactivate-administrator.js';
import { findAdministrator, listAdministrators } from './find-administrators.js';
import { updateAdministrator } from './update-administrator.js';
import { loadGrants } from './write-administrator.js';

export const administratorsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/administrators',
    {
      config: { access: 'administrator' },
      schema: {
        tags: ['administrators'],
        summary: 'The standard administrators the caller can see (sharing a group with them)',
        response: {
          200: z.object({ items: z.array(ZAdministrator), total: z.number().int() }),
          ...errorResponses,
        },
      },
    },
    async (request) => listAdministrators(app.db, requireAdmin(request)),
  );

  app.post(
    '/administrators',
    {
      config: { access: 'administrator' },
      schema: {
        tags: ['administrators'],
        summary: 'Add an administrator with access to groups within your own access',
        body: ZCreateAdministratorRequest,
        response: { 201: ZAdministrator, ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await createAdministrator(app.db, requireAdmin(request), request.body, {
        publicUrl: app.config.publicUrl,
        ip: request.ip,
      });
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/administrators/:id',
    {
      config: { access: 'administrator' },
      schema: {
        tags: ['administrators'],
        summary: 'One administrator (with version)',
        params: ZIdParams,
        response: { 200: ZAdministrator, ...errorResponses },
      },
    },
    async (request) => {
      const found = await findAdministrator(app.db, requireAdmin(request), request.params.id);
      const grants = (await loadGrants(app.db, [found.row.id])).get(found.row.id) ?? [];
      return found.present(found.row, grants);
    },
  );

  app.patch(
    '/administrators/:id',
    {
      config: { access: 'administrator' },
      schema: {
        tags: ['administrators'],
        summary: "Change an administrator's details or group access (send version)",
        params: ZIdParams,
        body: ZUpdateAdministratorRequest,
        response: { 200: ZAdministrator, ...errorResponses },
      },
    },
    async (request) => {
      return updateAdministrator(app.db, requireAdmin(request), request.params.id, request.body, {
        ip: request.ip,
      });
    },
  );

  app.post(
    '/administrators/:id/deactivate',
    {
      config: { access: 'administrator' },
      schema: {
        tags: ['administrators'],
        summary: 'Deactivate an administrator (cancelled: cannot sign in; invite to bring back)',
        params: ZIdParams,
        response: { 200: ZAdministrator, ...errorResponses },
      },
    },
    async (request) =>
      deactivateAdministrator(app.db, requireAdmin(request), request.params.id, {
        ip: request.ip,
      }),
  );
};
