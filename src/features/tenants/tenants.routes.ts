import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.js';
import { tenants } from '../../db/schema.js';
import { ZTenantSettings } from '../../domain/tenant-fields.js';
import { errorResponses } from '../../platform/api-schemas.js';
import { notFound } from '../../platform/errors.js';
import { requireAdmin, requireSupport } from '../../platform/guards.js';
import { recordAudit } from '../audit/record-audit.js';
import { ZTenant, ZUpdateTenantRequest } from './tenants.schema.js';

export async function getTenant(db: Db, tenantId: number) {
  const [row] = await db.select().from(tenants).where(eq(tenants.id, tenantId));
  if (!row) throw notFound('organisation');
  return { ...row, settings: ZTenantSettings.parse(row.settings) };
}

export const tenantsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/tenant',
    {
      schema: {
        tags: ['tenant'],
        summary: "The caller's tenant and its settings",
        response: { 200: ZTenant, ...errorResponses },
      },
    },
    async (request) => getTenant(app.db, requireAdmin(request).tenantId),
  );

  app.patch(
    '/tenant',
    {
      schema: {
        tags: ['tenant'],
        summary: 'Change tenant settings (platform support)',
        body: ZUpdateTenantRequest,
        response: { 200: ZTenant, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireSupport(request);
      return app.db.transaction(async (tx) => {
        const before = await getTenant(tx, actor.tenantId);
        await tx.update(tenants).set(request.body).where(eq(tenants.id, actor.tenantId));
        await recordAudit(tx, {
          tenantId: actor.tenantId,
          actorId: actor.userId,
          action: 'tenant_updated',
          entityType: 'tenant',
          entityId: actor.tenantId,
          before,
          after: request.body,
          ip: request.ip,
        });
        return getTenant(tx, actor.tenantId);
      });
    },
  );
};
