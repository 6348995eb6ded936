import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { ZUser } from '../users/users.schema.js';
import { createLearner } from './create-learner.js';
import { getLearnerOptions } from './get-learner-options.js';
import { ZCreateLearnerRequest, ZLearnerOptions, ZLearnerOptionsQuery } from './learners.schema.js';

export const learnersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/learners',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['learners'],
        summary: 'Add a learner: Invited (activation email sent) or Prospect',
        description:
          '422 validation_failed names every field that is wrong; the learner, its groups, the audit entry and the activation email are written together or not at all.',
        body: ZCreateLearnerRequest,
        response: { 201: ZUser, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = await createLearner(app.db, requireAdmin(request), request.body, {
        publicUrl: app.config.publicUrl,
        ip: request.ip,
      });
      return reply.status(201).send(user);
    },
  );

  app.get(
    '/learner-options',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['learners'],
        summary: 'Choices of the learner form for the chosen groups, employer and referrer',
        querystring: ZLearnerOptionsQuery,
        response: { 200: ZLearnerOptions, ...errorResponses },
      },
    },
    async (request) => getLearnerOptions(app.db, requireAdmin(request), request.query),
  );
};
