/**
 * API keys for programs: created by a standard administrator, acting with that administrator's
 * access. The key is shown once; only its sha256 is stored.
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiKeys } from '../../db/schema.js';
import { errorResponses, ZIdParams } from '../../platform/api-schemas.js';
import { AppError, notFound } from '../../platform/errors.js';
import { requireAdmin } from '../../platform/guards.js';
import { newSecret, sha256 } from '../../platform/tokens.js';
import { recordAudit } from '../audit/record-audit.js';

const ZApiKey = z.object({
  id: z.number().int(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
});

const present = (row: typeof apiKeys.$inferSelect) => ({
  id: row.id,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

export const apiKeysRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api-keys',
    {
      schema: {
        tags: ['api keys'],
        summary: "The caller's API keys",
        response: { 200: z.object({ items: z.array(ZApiKey) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireAdmin(request);
      const rows = await app.db
        .select()
        .from(apiKeys)
        .where(and(eq(apiKeys.tenantId, actor.tenantId), eq(apiKeys.adminId, actor.userId)))
        .orderBy(desc(apiKeys.id));
      return { items: rows.map(present) };
    },
  );

  app.post(
    '/api-keys',
    {
      schema: {
        tags: ['api keys'],
        summary: 'Create an API key (shown once)',
        body: z.object({ name: z.string().trim().min(1, 'Name the key.').max(100) }),
        response: { 201: ZApiKey.extend({ key: z.string() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireAdmin(request);
      if (actor.via !== 'session' || actor.adminRole !== 'standard')
        throw new AppError('forbidden', 'Only a signed-in administrator can create API keys.', 403);
      const key = `rk_${newSecret()}`;
      const row = await app.db.transaction(async (tx) => {
        const [created] = await tx
          .insert(apiKeys)
          .values({
            tenantId: actor.tenantId,
            adminId: actor.userId,
            name: request.body.name,
            keyHash: sha256(key),
          })
          .returning();
        if (!created) throw new Error('api key insert returned nothing');
        await recordAudit(tx, {
          tenantId: actor.tenantId,
          actorId: actor.userId,
          action: 'api_key_created',
          entityType: 'api_key',
          entityId: created.id,
          after: { name: created.name },
          ip: request.ip,
        });
        return created;
      });
      return reply.status(201).send({ ...present(row), key });
    },
  );

  app.delete(
    '/api-keys/:id',
    {
      schema: {
        tags: ['api keys'],
        summary: 'Revoke an API key',
        params: ZIdParams,
        response: { 200: ZApiKey, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireAdmin(request);
      const [row] = await app.db
        .update(apiKeys)
        .set({ revokedAt: new Date() })
        .where(
          and(
            eq(apiKeys.id, request.params.id),
            eq(apiKeys.tenantId, actor.tenantId),
            eq(apiKeys.adminId, actor.userId),
            isNull(apiKeys.revokedAt),
          ),
        )
        .returning();
      if (!row) throw notFound('API key');
      await recordAudit(app.db, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: 'api_key_revoked',
        entityType: 'api_key',
        entityId: row.id,
        ip: request.ip,
      });
      return present(row);
    },
  );
};
