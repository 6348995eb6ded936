import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import {
  exportActivationReport,
  exportGroupsReport,
  exportUsersReport,
  REPORT_FILENAMES,
} from './export-reports.js';
import { getActivationReport } from './get-activation-report.js';
import { getGroupsReport } from './get-groups-report.js';
import { listUsersReport } from './list-users-report.js';
import {
  ZActivationReport,
  ZActivationReportQuery,
  ZGroupsReport,
  ZReportGroups,
  ZUsersReport,
  ZUsersReportQuery,
} from './reports.schema.js';

const ZCsv = z.string().describe('CSV, UTF-8 with BOM, CRLF, dates dd/mm/yyyy');

/** The Users overview's reports, as JSON for the page and as CSV files. */
export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const config = { access: 'administrator', apiKey: true } as const;

  app.get(
    '/reports/activations',
    {
      config,
      schema: {
        tags: ['reports'],
        summary: 'Account activation report: invitations and activations day by day',
        description:
          'A window of days (`from`, `to`; the last 30 days by default, at most a year) in the tenant’s calendar, for the visible users of the chosen groups (`groupId`, subgroups included).',
        querystring: ZActivationReportQuery,
        response: { 200: ZActivationReport, ...errorResponses },
      },
    },
    async (request) => getActivationReport(app.db, requireAdmin(request), request.query),
  );

  app.get(
    '/reports/activations.csv',
    {
      config,
      schema: {
        tags: ['reports'],
        summary: 'The account activation report as CSV, a row a day',
        querystring: ZActivationReportQuery,
        produces: ['text/csv'],
        response: { 200: ZCsv, ...errorResponses },
      },
    },
    async (request, reply) => {
      const report = await getActivationReport(app.db, requireAdmin(request), request.query);
      const csv = exportActivationReport(report, (error) =>
        request.log.error({ err: error }, 'activation report export failed'),
      );
      return sendCsv(reply, REPORT_FILENAMES.activations, csv);
    },
  );

  app.get(
    '/reports/groups',
    {
      config,
      schema: {
        tags: ['reports'],
        summary: 'Groups report: users in each accessible group (subgroups included) by status',
        querystring: ZReportGroups,
        response: { 200: ZGroupsReport, ...errorResponses },
      },
    },
    async (request) => getGroupsReport(app.db, requireAdmin(request), request.query.groupId),
  );

  app.get(
    '/reports/groups.csv',
    {
      config,
      schema: {
        tags: ['reports'],
        summary: 'The groups report as CSV',
        querystring: ZReportGroups,
        produces: ['text/csv'],
        response: { 200: ZCsv, ...errorResponses },
      },
    },
    async (request, reply) => {
      const csv = exportGroupsReport(
        app.db,
        requireAdmin(request),
        request.query.groupId,
        (error) => request.log.error({ err: error }, 'groups report export failed'),
      );
      return sendCsv(reply, REPORT_FILENAMES.groups, csv);
    },
  );

  app.get(
    '/reports/users',
    {
      config,
      schema: {
        tags: ['reports'],
        summary: 'Users report: the Users grid’s users for these filters, with their account dates',
        querystring: ZUsersReportQuery,
        response: { 200: ZUsersReport, ...errorResponses },
      },
    },
    async (request) => listUsersReport(app.db, requireAdmin(request), request.query),
  );

  app.get(
    '/reports/users.csv',
    {
      config,
      schema: {
        tags: ['reports'],
        summary: 'The users report as CSV (every matching user)',
        querystring: ZUsersReportQuery,
        produces: ['text/csv'],
        response: { 200: ZCsv, ...errorResponses },
      },
    },
    async (request, reply) => {
      const csv = exportUsersReport(app.db, requireAdmin(request), request.query, (error) =>
        request.log.error({ err: error }, 'users report export failed'),
      );
      return sendCsv(reply, REPORT_FILENAMES.users, csv);
    },
  );
};

function sendCsv(reply: FastifyReply, filename: string, csv: NodeJS.ReadableStream) {
  return reply
    .type('text/csv; charset=utf-8')
    .header('Content-Disposition', `attachment; filename="${filename}"`)
    .header('Cache-Control', 'no-store')
    .send(csv as unknown as string);
}
