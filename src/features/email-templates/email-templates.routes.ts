import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import {
  ZEmailPreview,
  ZEmailTemplate,
  ZEmailTemplateParams,
  ZEmailTemplateRequest,
} from './email-templates.schema.js';
import { getEmailTemplate } from './get-email-template.js';
import { previewEmailTemplate } from './preview-email-template.js';
import { saveEmailTemplate } from './save-email-template.js';

export const emailTemplatesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/email-templates/:kind',
    {
      config: { access: 'administrator' },
      schema: {
        tags: ['messages'],
        summary: "The organisation's wording of an email Roster sends (activation)",
        params: ZEmailTemplateParams,
        response: { 200: ZEmailTemplate, ...errorResponses },
      },
    },
    async (request) => getEmailTemplate(app.db, requireAdmin(request), request.params.kind),
  );

  app.put(
    '/email-templates/:kind',
    {
      config: { access: 'administrator' },
      schema: {
        tags: ['messages'],
        summary:
          'Save the wording: plain text with {{placeholders}}; the link is filled in by Roster',
        params: ZEmailTemplateParams,
        body: ZEmailTemplateRequest,
        response: { 200: ZEmailTemplate, ...errorResponses },
      },
    },
    async (request) =>
      saveEmailTemplate(
        app.db,
        requireAdmin(request),
        request.params.kind,
        request.body,
        request.ip,
      ),
  );

  app.post(
    '/email-templates/:kind/preview',
    {
      config: { access: 'administrator' },
      schema: {
        tags: ['messages'],
        summary: 'The email a wording (saved or not) gives, for an example person',
        params: ZEmailTemplateParams,
        body: ZEmailTemplateRequest,
        response: { 200: ZEmailPreview, ...errorResponses },
      },
    },
    async (request) =>
      previewEmailTemplate(app.db, requireAdmin(request), request.body, app.config.publicUrl),
  );
};
