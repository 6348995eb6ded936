import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, ZIdParams } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { getMessage } from './get-message.js';
import { listCommunications } from './list-communications.js';
import {
  ZCommunication,
  ZGroupMessageStarted,
  ZMessage,
  ZSendMessageRequest,
  ZUserMessageSent,
} from './messages.schema.js';
import { sendGroupMessage } from './send-group-message.js';
import { sendUserMessage } from './send-user-message.js';

const PLACEHOLDERS_NOTE =
  'Subject and body are plain text; {{firstName}}, {{surname}} and {{organisationName}} are filled in for each person.';

export const messagesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/users/:id/messages',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['messages'],
        summary: 'Send a message to one user by email (through the outbox)',
        description: PLACEHOLDERS_NOTE,
        params: ZIdParams,
        body: ZSendMessageRequest,
        response: { 202: ZUserMessageSent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const sent = await sendUserMessage(
        app.db,
        requireAdmin(request),
        request.params.id,
        request.body,
      );
      return reply.status(202).send(sent);
    },
  );

  app.post(
    '/groups/:id/messages',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['messages'],
        summary:
          'Send a message to every user of a group (and its subgroups) you can see, in the background: poll GET /messages/{id}',
        description: `${PLACEHOLDERS_NOTE} Archived users, users without an email address and the sender are left out.`,
        params: ZIdParams,
        body: ZSendMessageRequest,
        response: { 202: ZGroupMessageStarted, ...errorResponses },
      },
    },
    async (request, reply) => {
      const started = await sendGroupMessage(
        app.db,
        requireAdmin(request),
        request.params.id,
        request.body,
        request.ip,
      );
      return reply.status(202).send(started);
    },
  );

  app.get(
    '/messages/:id',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['messages'],
        summary: 'A message you sent: how many of its emails are written so far',
        params: ZIdParams,
        response: { 200: ZMessage, ...errorResponses },
      },
    },
    async (request) => getMessage(app.db, requireAdmin(request), request.params.id),
  );

  app.get(
    '/users/:id/communications',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['users'],
        summary: 'Emails sent (or waiting to be sent) to the user, as sent, with how delivery went',
        params: ZIdParams,
        response: { 200: z.object({ items: z.array(ZCommunication) }), ...errorResponses },
      },
    },
    async (request) => listCommunications(app.db, requireAdmin(request), request.params.id),
  );
};
