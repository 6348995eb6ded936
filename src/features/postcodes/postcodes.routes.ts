import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, ZError } from '../../platform/api-schemas.js';
import { requireAdmin } from '../../platform/guards.js';
import { findPostcode } from './find-postcode.js';
import { ZPostcodeLocation, ZPostcodeLookupStatus, ZPostcodeParams } from './postcodes.schema.js';
import { postcodesIo } from './postcodes-io.js';

export const postcodesRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = app.config.postcodeLookupUrl;
  const lookup = base ? postcodesIo(base) : null;

  app.get(
    '/postcode-lookup',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['postcodes'],
        summary: 'Whether address lookup by postcode is available',
        response: { 200: ZPostcodeLookupStatus, ...errorResponses },
      },
    },
    async (request) => {
      requireAdmin(request);
      return { enabled: lookup !== null, provider: lookup ? 'postcodes.io' : null };
    },
  );

  app.get(
    '/postcodes/:postcode',
    {
      config: { access: 'administrator', apiKey: true },
      schema: {
        tags: ['postcodes'],
        summary: 'Look up the places a UK postcode names (Lookup, then Select location)',
        params: ZPostcodeParams,
        response: {
          200: z.object({ items: z.array(ZPostcodeLocation) }),
          ...errorResponses,
          503: ZError,
        },
      },
    },
    async (request) => {
      requireAdmin(request);
      return findPostcode(lookup, request.params.postcode);
    },
  );
};
