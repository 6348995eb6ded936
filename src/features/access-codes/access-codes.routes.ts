import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import {
  ZAccessCodeFilters,
  ZAccessCodeList,
  ZChangeAccessCodesRequest,
  ZChangedAccessCodes,
  ZExtendAccessCodesRequest,
  ZGenerateAccessCodesRequest,
  ZGenerateAccessCodesResponse,
  ZListAccessCodesQuery,
} from './access-codes.schema.js';
import { EXPORT_FILENAME, exportAccessCodes } from './export-access-codes.js';
import { extendAccessCodes } from './extend-access-codes.js';
import { generateAccessCodes } from './generate-access-codes.js';
import { listAccessCodes } from './list-access-codes.js';
import { revokeAccessCodes } from './revoke-access-codes.js';

export const accessCodesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/access-codes',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['access codes'],
        summary: 'List access codes in the groups the caller can access',
        querystring: ZListAccessCodesQuery,
        response: { 200: ZAccessCodeList, ...errorResponses },
      },
    },
    async (request) => listAccessCodes(app.db, requireAdmin(request), request.query),
  );

  app.post(
    '/access-codes',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['access codes'],
        summary: 'Generate access codes: the same codes for each chosen group',
        body: ZGenerateAccessCodesRequest,
        response: { 201: ZGenerateAccessCodesResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await generateAccessCodes(app.db, requireAdmin(request), request.body, {
        ip: request.ip,
      });
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/access-codes/export.csv',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['access codes'],
        summary: 'The filtered access codes as CSV, with Date expired',
        querystring: ZAccessCodeFilters,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV, UTF-8 with BOM, CRLF'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const csv = await exportAccessCodes(app.db, requireAdmin(request), request.query, {
        onError: (error) => request.log.error({ err: error }, 'access code export failed'),
      });
      return (
        reply
          .type('text/csv; charset=utf-8')
          .header('Content-Disposition', `attachment; filename="${EXPORT_FILENAME}"`)
          .header('Cache-Control', 'no-store')
          // The 200 schema documents the CSV for OpenAPI; Fastify sends a stream as it is, unserialised.
          .send(csv as unknown as string)
      );
    },
  );

  app.post(
    '/access-codes/revoke',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['access codes'],
        summary: 'Revoke unused access codes, so no one can register with them',
        body: ZChangeAccessCodesRequest,
        response: { 200: ZChangedAccessCodes, ...errorResponses },
      },
    },
    async (request) =>
      revokeAccessCodes(app.db, requireAdmin(request), request.body, { ip: request.ip }),
  );

  app.post(
    '/access-codes/extend',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['access codes'],
        summary: 'Extend unused access codes to the end of a chosen day',
        body: ZExtendAccessCodesRequest,
        response: { 200: ZChangedAccessCodes, ...errorResponses },
      },
    },
    async (request) =>
      extendAccessCodes(app.db, requireAdmin(request), request.body, { ip: request.ip }),
  );
};
