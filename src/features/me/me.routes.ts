/** The signed-in person's own portal: GET /me, PUT /me/password, GET /me/learners. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../platform/api-schemas.js';
import { requireActor, requireEmployer } from '../../platform/guards.js';
import { extraRateLimit } from '../../platform/rate-limits.js';
import { SESSION_COOKIE } from '../auth/authenticate.js';
import { changePassword } from './change-password.js';
import { getMe } from './get-me.js';
import { listManagedLearners } from './list-managed-learners.js';
import {
  ZChangePasswordRequest,
  ZManagedLearnerList,
  ZManagedLearnersQuery,
  ZMe,
} from './me.schema.js';

export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  // Guessing the current password from an open session: a few tries an account an hour.
  const perAccount = extraRateLimit(app, {
    name: 'change-password-account',
    max: 5,
    timeWindow: '15 minutes',
    key: (request) => String(request.actor?.userId ?? request.ip),
  });

  app.get(
    '/me',
    {
      config: { access: 'self' },
      schema: {
        tags: ['me'],
        summary: 'Your own account: details, case owner, programme, end date',
        response: { 200: ZMe, ...errorResponses },
      },
    },
    async (request) => getMe(app.db, requireActor(request)),
  );

  app.put(
    '/me/password',
    {
      config: { access: 'self', rateLimit: { max: 30, timeWindow: '15 minutes' } },
      preHandler: perAccount,
      schema: {
        tags: ['me'],
        summary: 'Change your password (send the current one); your other sessions end',
        description:
          '422 with `currentPassword` when it is wrong, `newPassword` when the new one breaks the password rules; 409 `cannot_reset_password` for single sign-on accounts; 429 after a few tries.',
        body: ZChangePasswordRequest,
        response: { 204: z.null().describe('Changed'), ...errorResponses },
      },
    },
    async (request, reply) => {
      await changePassword(app.db, requireActor(request), {
        ...request.body,
        sessionId: request.cookies[SESSION_COOKIE] ?? null,
        ip: request.ip,
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me/learners',
    {
      config: { access: 'employer' },
      schema: {
        tags: ['me'],
        summary:
          'Managed by me: the learners you manage or mentor (and your groups’ with View all)',
        description:
          'Employer users only. The learners whose manager or mentor you are; with the "View all in assigned groups" role, every learner in your groups (and the groups below them) as well. Archived learners are left out.',
        querystring: ZManagedLearnersQuery,
        response: { 200: ZManagedLearnerList, ...errorResponses },
      },
    },
    async (request) => listManagedLearners(app.db, requireEmployer(request), request.query),
  );
};
