import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, ZIdParams } from '../../platform/api-schemas.js';
import { requireAdmin, requireSupport } from '../../platform/guards.js';
import { createTenant } from './create-tenant.js';
import { getTenant } from './get-tenant.js';
import { listTenants } from './list-tenants.js';
import {
  ZCreatedTenant,
  ZCreateTenantRequest,
  ZTenant,
  ZTenantSummary,
  ZUpdateTenantRequest,
} from './tenants.schema.js';
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

  app.get(
    '/tenants',
    {
      config: { access: 'support' },
      schema: {
        tags: ['tenant'],
        summary: 'Every tenant (platform support)',
        response: {
          200: z.object({ items: z.array(ZTenantSummary), total: z.number().int() }),
          ...errorResponses,
        },
      },
    },
    async (request) => listTenants(app.db, requireSupport(request)),
  );

  app.post(
    '/tenants',
    {
      config: { access: 'support' },
      schema: {
        tags: ['tenant'],
        summary: 'Create a tenant and its first administrator, who is invited by email',
        body: ZCreateTenantRequest,
        response: { 201: ZCreatedTenant, ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await createTenant(app.db, requireSupport(request), request.body, {
        publicUrl: app.config.publicUrl,
        ip: request.ip,
      });
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/tenants/:id',
    {
      config: { access: 'support' },
      schema: {
        tags: ['tenant'],
        summary: 'One tenant and its settings (platform support)',
        params: ZIdParams,
        response: { 200: ZTenant, ...errorResponses },
      },
    },
    async (request) => {
      requireSupport(request);
      return getTenant(app.db, request.params.id);
    },
  );

  app.patch(
    '/tenants/:id',
    {
      config: { access: 'support' },
      schema: {
        tags: ['tenant'],
        summary: "Change any tenant's settings (platform support)",
        params: ZIdParams,
        body: ZUpdateTenantRequest,
        response: { 200: ZTenant, ...errorResponses },
      },
    },
    async (request) =>
      updateTenant(app.db, requireSupport(request), request.body, {
        ip: request.ip,
        tenantId: request.params.id,
      }),
  );
};
