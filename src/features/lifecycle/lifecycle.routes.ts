import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STATUS_ACTION_SUMMARIES, STATUS_ACTIONS } from '../../domain/status-actions.js';
import { errorResponses, ZIdParams } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { ZUser, ZUserList } from '../users/users.schema.js';
import { changeStatus } from './change-status.js';
import { DUE_TO_EXPIRE_FILENAME, exportDueToExpire, listDueToExpire } from './due-to-expire.js';
import { ZDueToExpireQuery } from './due-to-expire.schema.js';
import { makeEmployerFromLearner } from './learner-to-employer.js';
import { ZMadeEmployer, ZMakeEmployerRequest } from './learner-to-employer.schema.js';

export const lifecycleRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const action of STATUS_ACTIONS)
    app.post(
      `/users/:id/${action}`,
      {
        config: { access: 'administrator', apiKey: true },
        schema: {
          tags: ['users'],
          summary: STATUS_ACTION_SUMMARIES[action],
          description:
            '200 with the user. 403/404 when you may not (your own account included); 409 with a code when the user is not in a state for it: `cannot_<action>`, `user_archived`, or `in_ilr_batch` for a learner in a funding submission batch.',
          params: ZIdParams,
          response: { 200: ZUser, ...errorResponses },
        },
      },
      async (request) =>
        changeStatus(app.db, requireAdmin(request), request.params.id, action, request.ip),
    );

  app.post(
    '/users/:id/make-employer',
    {
      config: { access: 'administrator' },
      schema: {
        tags: ['users'],
        summary: 'Make a learner an employer user: archive the learner, create the employer',
        description:
          'One transaction: the learner is archived (refused as any archive is, e.g. 409 `in_ilr_batch`), its email and username are freed, and an employer user is created with the same person’s details through the Add Employer rules; both records are audited. Any refusal changes nothing.',
        params: ZIdParams,
        body: ZMakeEmployerRequest,
        response: { 201: ZMadeEmployer, ...errorResponses },
      },
    },
    async (request, reply) => {
      const made = await makeEmployerFromLearner(
        app.db,
        requireAdmin(request),
        request.params.id,
        request.body,
        { publicUrl: app.config.publicUrl, ip: request.ip },
      );
      return reply.status(201).send(made);
    },
  );

  app.get(
    '/users/due-to-expire',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['users'],
        summary: 'The users whose subscription end date falls in a window, soonest first',
        querystring: ZDueToExpireQuery,
        response: { 200: ZUserList, ...errorResponses },
      },
    },
    async (request) => listDueToExpire(app.db, requireAdmin(request), request.query),
  );

  app.get(
    '/users/due-to-expire.csv',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['users'],
        summary: 'The same users as CSV, with their end dates (dd/mm/yyyy)',
        querystring: ZDueToExpireQuery,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV, UTF-8 with BOM, CRLF'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const csv = exportDueToExpire(app.db, requireAdmin(request), request.query, (error) =>
        request.log.error({ err: error }, 'due-to-expire export failed'),
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="${DUE_TO_EXPIRE_FILENAME}"`)
        .header('Cache-Control', 'no-store')
        .send(csv as unknown as string);
    },
  );
};
