/**
 * API keys for programs: created by a standard administrator, acting with that administrator's
 * access. The key is shown once; only its sha256 is stored.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, ZIdParams } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { createApiKey } from './create-api-key.js';
import { listApiKeys } from './list-api-keys.js';
import { ZApiKey } from './present-api-key.js';
import { revokeApiKey } from './revoke-api-key.js';

export const apiKeysRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api-keys',
    {
      config: { access: 'administrator' },
      schema: {
        tags: ['api keys'],
        summary: "The caller's API keys",
        response: { 200: z.object({ items: z.array(ZApiKey) }), ...errorResponses },
      },
    },
    async (request) => listApiKeys(app.db, requireAdmin(request)),
  );

  app.post(
    '/api-keys',
    {
      config: { access: 'administrator' },
      schema: {
        tags: ['api keys'],
        summary: 'Create an API key (shown once)',
        body: z.object({ name: z.string().trim().min(1, 'Name the key.').max(100) }),
        response: { 201: ZApiKey.extend({ key: z.string() }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createApiKey(app.db, requireAdmin(request), request.body.name, { ip: request.ip }),
        ),
  );

  app.delete(
    '/api-keys/:id',
    {
      config: { access: 'administrator' },
      schema: {
        tags: ['api keys'],
        summary: 'Revoke an API key',
        params: ZIdParams,
        response: { 200: ZApiKey, ...errorResponses },
      },
    },
    async (request) =>
      revokeApiKey(app.db, requireAdmin(request), request.params.id, { ip: request.ip }),
  );
};
