import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { ZAuditFilters, ZAuditList, ZAuditQuery } from './audit.schema.js';
import { AUDIT_EXPORT_FILENAME, exportAudit } from './export-audit.js';
import { listAudit } from './list-audit.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      config: { access: 'administrator' },
      schema: {
        tags: ['audit'],
        summary: 'Audit entries about the users and access codes the caller can see',
        querystring: ZAuditQuery,
        response: { 200: ZAuditList, ...errorResponses },
      },
    },
    async (request) => listAudit(app.db, requireAdmin(request), request.query),
  );

  app.get(
    '/audit/export.csv',
    {
      config: { access: 'administrator' },
      schema: {
        tags: ['audit'],
        summary: 'The filtered audit entries as CSV (dd/mm/yyyy, tenant time)',
        querystring: ZAuditFilters,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV, UTF-8 with BOM, CRLF'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const csv = await exportAudit(app.db, requireAdmin(request), request.query, (error) =>
        request.log.error({ err: error }, 'audit export failed'),
      );
      return (
        reply
          .type('text/csv; charset=utf-8')
          .header('Content-Disposition', `attachment; filename="${AUDIT_EXPORT_FILENAME}"`)
          .header('Cache-Control', 'no-store')
          // The 200 schema documents the CSV for OpenAPI; Fastify sends a stream as it is.
          .send(csv as unknown as string)
      );
    },
  );
};
