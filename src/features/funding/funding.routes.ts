import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, ZIdParams } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { createChangeRequest } from './create-change-request.js';
import {
  ZChangeRequest,
  ZCreateChangeRequest,
  ZEpisodeParams,
  ZFundingEpisode,
} from './funding.schema.js';
import { listFundingEpisodes, markEpisodeUnfunded } from './funding-episodes.js';
import { listChangeRequests } from './list-change-requests.js';

export const fundingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/users/:id/change-requests',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['funding'],
        summary: 'Raise a change request for fields the funding (ILR) lock keeps',
        params: ZIdParams,
        body: ZCreateChangeRequest,
        response: { 201: ZChangeRequest, ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await createChangeRequest(
        app.db,
        requireAdmin(request),
        request.params.id,
        request.body,
        { ip: request.ip },
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/users/:id/change-requests',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['funding'],
        summary: "A learner's change requests, newest first",
        params: ZIdParams,
        response: { 200: z.object({ items: z.array(ZChangeRequest) }), ...errorResponses },
      },
    },
    async (request) => listChangeRequests(app.db, requireAdmin(request), request.params.id),
  );

  app.get(
    '/users/:id/funding-episodes',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['funding'],
        summary: "A learner's funding (ILR) episodes",
        params: ZIdParams,
        response: { 200: z.object({ items: z.array(ZFundingEpisode) }), ...errorResponses },
      },
    },
    async (request) => listFundingEpisodes(app.db, requireAdmin(request), request.params.id),
  );

  app.post(
    '/users/:id/funding-episodes/:episodeId/unfunded',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['funding'],
        summary:
          'Mark a funding episode unfunded, so its submission batch no longer holds back archiving',
        params: ZEpisodeParams,
        response: { 200: ZFundingEpisode, ...errorResponses },
      },
    },
    async (request) =>
      markEpisodeUnfunded(
        app.db,
        requireAdmin(request),
        request.params.id,
        request.params.episodeId,
        request.ip,
      ),
  );
};
