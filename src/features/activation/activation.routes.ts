import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../platform/api-schemas.js';
import { activateAccount, previewActivation } from './activate-account.js';

const ZToken = z.string().trim().min(20, 'The activation link is incomplete.').max(200);
const limit = { max: 20, timeWindow: '1 minute' };

export const activationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/activation/preview',
    {
      config: { access: 'public', rateLimit: limit },
      schema: {
        tags: ['activation'],
        summary: 'Check an activation link and show whose it is',
        body: z.object({ token: ZToken }),
        response: {
          200: z.object({
            firstName: z.string(),
            username: z.string(),
            tenant: z.string().describe('Organisation slug, for the sign-in link'),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => previewActivation(app.db, request.body.token),
  );

  app.post(
    '/activation',
    {
      config: { access: 'public', rateLimit: limit },
      schema: {
        tags: ['activation'],
        summary: 'Activate an invited account: set a password, optionally change the username',
        body: z.object({
          token: ZToken,
          username: z.string().trim().max(320).optional(),
          password: z.string().min(1, 'Choose a password.').max(256, 'Use at most 256 characters.'),
        }),
        response: { 200: z.object({ username: z.string() }), ...errorResponses },
      },
    },
    async (request) => activateAccount(app.db, { ...request.body, ip: request.ip }),
  );
};
