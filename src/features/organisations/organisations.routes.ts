import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ORGANISATION_TYPES } from '../../db/schema.js';
import { errorResponses, ZIdParams, zQueryId } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { setOrganisationArchived } from './archive-organisation.js';
import { createOrganisation } from './create-organisation.js';
import { createOrganisationAddress } from './create-organisation-address.js';
import { createOrganisationContact } from './create-organisation-contact.js';
import { getOrganisation } from './get-organisation.js';
import { listOrganisations } from './organisations.queries.js';
import {
  ZCreateAddressRequest,
  ZCreateContactRequest,
  ZCreateOrganisationRequest,
  ZListOrganisationsQuery,
  ZOrganisation,
  ZOrganisationAddress,
  ZOrganisationContact,
  ZOrganisationDetail,
  ZUpdateOrganisationRequest,
} from './organisations.schema.js';
import { updateOrganisation } from './update-organisation.js';
import {
  updateOrganisationAddress,
  updateOrganisationContact,
} from './update-organisation-parts.js';

export const organisationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/organisations',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['organisations'],
        summary: "The tenant's organisations, of one type or all",
        querystring: ZListOrganisationsQuery,
        response: { 200: z.object({ items: z.array(ZOrganisation) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireAdmin(request);
      const types = request.query.type ? [request.query.type] : ORGANISATION_TYPES;
      return {
        items: await listOrganisations(app.db, actor.tenantId, types, request.query.archived),
      };
    },
  );

  app.get(
    '/organisations/:id',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['organisations'],
        summary: 'One organisation with its addresses and contacts',
        params: ZIdParams,
        response: { 200: ZOrganisationDetail, ...errorResponses },
      },
    },
    async (request) => getOrganisation(app.db, requireAdmin(request), request.params.id),
  );

  app.post(
    '/organisations',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['organisations'],
        summary: 'Create an organisation, optionally with its first address',
        body: ZCreateOrganisationRequest,
        response: {
          201: ZOrganisation.extend({
            addressId: z.number().int().nullable().describe('The first address, when sent'),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const created = await createOrganisation(app.db, requireAdmin(request), request.body, {
        ip: request.ip,
      });
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/organisations/:id',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['organisations'],
        summary: 'Edit an organisation (send the version you read)',
        params: ZIdParams,
        body: ZUpdateOrganisationRequest,
        response: { 200: ZOrganisation, ...errorResponses },
      },
    },
    async (request) =>
      updateOrganisation(app.db, requireAdmin(request), request.params.id, request.body, {
        ip: request.ip,
      }),
  );

  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const)
    app.post(
      `/organisations/:id/${action}`,
      {
        config: { access: 'administrator', apiKey: true },
        schema: {
          tags: ['organisations'],
          summary: archived
            ? 'Archive an organisation: it leaves the pickers, learners keep it'
            : 'Bring an archived organisation back into the pickers',
          params: ZIdParams,
          response: { 200: ZOrganisation, ...errorResponses },
        },
      },
      async (request) =>
        setOrganisationArchived(app.db, requireAdmin(request), request.params.id, archived, {
          ip: request.ip,
        }),
    );

  app.post(
    '/organisations/:id/addresses',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['organisations'],
        summary: 'Add an address to an organisation (employer or referrer address "+")',
        params: ZIdParams,
        body: ZCreateAddressRequest,
        response: { 201: ZOrganisationAddress, ...errorResponses },
      },
    },
    async (request, reply) => {
      const address = await createOrganisationAddress(
        app.db,
        requireAdmin(request),
        request.params.id,
        request.body,
        { ip: request.ip },
      );
      return reply.status(201).send(address);
    },
  );

  app.post(
    '/organisations/:id/contacts',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['organisations'],
        summary: 'Add a contact to an organisation (referrer contact "+")',
        params: ZIdParams,
        body: ZCreateContactRequest,
        response: { 201: ZOrganisationContact, ...errorResponses },
      },
    },
    async (request, reply) => {
      const contact = await createOrganisationContact(
        app.db,
        requireAdmin(request),
        request.params.id,
        request.body,
        { ip: request.ip },
      );
      return reply.status(201).send(contact);
    },
  );

  app.put(
    '/organisations/:id/addresses/:addressId',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['organisations'],
        summary: 'Correct an address: every learner using it reads the corrected one',
        params: z.object({ id: zQueryId(), addressId: zQueryId() }),
        body: ZCreateAddressRequest,
        response: { 200: ZOrganisationAddress, ...errorResponses },
      },
    },
    async (request) =>
      updateOrganisationAddress(
        app.db,
        requireAdmin(request),
        { organisationId: request.params.id, partId: request.params.addressId },
        request.body,
        { ip: request.ip },
      ),
  );

  app.put(
    '/organisations/:id/contacts/:contactId',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['organisations'],
        summary: 'Correct a contact (name, email, phone)',
        params: z.object({ id: zQueryId(), contactId: zQueryId() }),
        body: ZCreateContactRequest,
        response: { 200: ZOrganisationContact, ...errorResponses },
      },
    },
    async (request) =>
      updateOrganisationContact(
        app.db,
        requireAdmin(request),
        { organisationId: request.params.id, partId: request.params.contactId },
        request.body,
        { ip: request.ip },
      ),
  );
};
