import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, ZIdParams } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { createChangeRequest } from './create-change-request.js';
import { approveChangeRequest, rejectChangeRequest } from './decide-change-request.js';
import {
  ZChangeRequest,
  ZChangeRequestParams,
  ZCreateChangeRequest,
  ZEpisodeParams,
  ZFundingEpisode,
  ZRejectChangeRequest,
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

  app.post(
    '/users/:id/change-requests/:requestId/approve',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['funding'],
        summary: 'Approve a change request: its values are applied, even to locked fields',
        description:
          '403 own_change_request for the administrator who raised it; 409 change_request_closed once decided; 422 validation_failed naming `requested.<field>` when a value breaks another rule (a taken email).',
        params: ZChangeRequestParams,
        response: { 200: ZChangeRequest, ...errorResponses },
      },
    },
    async (request) =>
      approveChangeRequest(
        app.db,
        requireAdmin(request),
        request.params.id,
        request.params.requestId,
        { ip: request.ip },
      ),
  );

  app.post(
    '/users/:id/change-requests/:requestId/reject',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['funding'],
        summary: 'Reject a change request, saying why',
        params: ZChangeRequestParams,
        body: ZRejectChangeRequest,
        response: { 200: ZChangeRequest, ...errorResponses },
      },
    },
    async (request) =>
      rejectChangeRequest(
        app.db,
        requireAdmin(request),
        request.params.id,
        request.params.requestId,
        request.body.reason,
        { ip: request.ip },
      ),
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
