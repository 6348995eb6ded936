/** /imports (CONTRACT.md): upload with preview, history, rows, commit, results and template. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../platform/api-schemas.js';
import { csvWriter } from '../../platform/csv-writer.js';
import { requireAdmin } from '../../platform/guards.js';
import { exportImportResults } from './export-import-results.js';
import { getImport, listImports } from './get-import.js';
import { FIELD_SPECS, IMPORT_FIELDS } from './import-columns.js';
import {
  ZImport,
  ZImportCreated,
  ZImportList,
  ZImportListQuery,
  ZImportParams,
  ZImportRows,
  ZImportRowsQuery,
  ZImportUpload,
} from './imports.schema.js';
import { listImportRows } from './list-import-rows.js';
import { startCommit } from './start-commit.js';
import { uploadImport } from './upload-import.js';

const access = { access: 'administrator', apiKey: true } as const;
const tags = ['imports'];

export const importsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/imports',
    {
      config: access,
      schema: {
        tags,
        summary: 'Upload a CSV file of learners: stored and previewed, nothing written yet',
        description:
          'multipart/form-data with a part "file" and the fields defaultGroupId, sendInvitations, mode. 201 once previewed (small files); 202 while the preview runs: poll GET /imports/{id}. A file that is not CSV, is empty, has no header, lacks a mandatory column or is too large is a 422 and nothing is stored.',
        consumes: ['multipart/form-data'],
        body: ZImportUpload,
        response: {
          201: ZImportCreated,
          202: ZImportCreated,
          415: errorResponses[422],
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { status, body } = await uploadImport(app.db, requireAdmin(request), request);
      return reply.status(status).send(body as z.infer<typeof ZImportCreated>);
    },
  );

  app.get(
    '/imports',
    {
      config: access,
      schema: {
        tags,
        summary:
          'Import history: your uploads (every upload of the tenant with access to every group)',
        querystring: ZImportListQuery,
        response: { 200: ZImportList, ...errorResponses },
      },
    },
    async (request) => listImports(app.db, requireAdmin(request), request.query),
  );

  app.get(
    '/imports/template.csv',
    {
      config: access,
      schema: {
        tags,
        summary: 'An empty upload file with every column',
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV, UTF-8 with BOM, CRLF'), ...errorResponses },
      },
    },
    async (request, reply) => {
      requireAdmin(request);
      const csv = csvWriter(
        IMPORT_FIELDS.map((field) => ({ key: field, header: FIELD_SPECS[field].header })),
      );
      csv.end();
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', 'attachment; filename="roster-learners-template.csv"')
        .send(csv as unknown as string);
    },
  );

  app.get(
    '/imports/:id',
    {
      config: access,
      schema: {
        tags,
        summary: 'One import: status, counts and progress (done of total)',
        params: ZImportParams,
        response: { 200: ZImport, ...errorResponses },
      },
    },
    async (request) => getImport(app.db, requireAdmin(request), request.params.id),
  );

  app.get(
    '/imports/:id/rows',
    {
      config: access,
      schema: {
        tags,
        summary:
          "The file's rows with their verdicts and problems by column (verdict=error filters)",
        params: ZImportParams,
        querystring: ZImportRowsQuery,
        response: { 200: ZImportRows, ...errorResponses },
      },
    },
    async (request) =>
      listImportRows(app.db, requireAdmin(request), request.params.id, request.query),
  );

  app.post(
    '/imports/:id/commit',
    {
      config: access,
      schema: {
        tags,
        summary: 'Import the valid rows of a previewed file (202: poll GET /imports/{id})',
        params: ZImportParams,
        response: { 202: ZImportCreated, ...errorResponses },
      },
    },
    async (request, reply) => {
      const started = await startCommit(
        app.db,
        requireAdmin(request),
        request.params.id,
        app.config.publicUrl,
      );
      return reply
        .status(202)
        .send({ id: started.id, status: started.status, counts: started.counts });
    },
  );

  app.get(
    '/imports/:id/results.csv',
    {
      config: access,
      schema: {
        tags,
        summary: "The file's rows and columns plus Status and Reason",
        params: ZImportParams,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV, UTF-8 with BOM, CRLF'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { fileName, csv } = await exportImportResults(
        app.db,
        requireAdmin(request),
        request.params.id,
        {
          onError: (error) => request.log.error({ err: error }, 'import results export failed'),
        },
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="${fileName}"`)
        .header('Cache-Control', 'no-store')
        .send(csv as unknown as string);
    },
  );
};
