import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../platform/api-schemas.js';
import { requireAdmin, requireSupport } from '../../platform/guards.js';
import { getTenant } from './get-tenant.js';
import { ZTenant, ZUpdateTenantRequest } from './tenants.schema.js';
import { updateTenant } from './update-tenant.js';

export const tenantsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/tenant',
    {
      config: { access: 'administrator' },
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
      config: { access: 'support' },
      schema: {
        tags: ['tenant'],
        summary: 'Change tenant settings (platform support)',
        body: ZUpdateTenantRequest,
        response: { 200: ZTenant, ...errorResponses },
      },
    },
    async (request) =>
      updateTenant(app.db, requireSupport(request), request.body, { ip: request.ip }),
  );
};
