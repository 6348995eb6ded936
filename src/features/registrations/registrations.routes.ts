import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { normaliseAccessCode } from '../../domain/access-code.js';
import { errorResponses } from '../../platform/api-schemas.js';
import { AppError } from '../../platform/errors.js';
import { getRegistrationPage } from './get-registration-page.js';
import { registerWithAccessCode } from './register-with-access-code.js';
import {
  ZPublicTenant,
  ZRegisteredUser,
  ZRegistrationRequest,
  ZTenantParams,
} from './registrations.schema.js';

/** Attempts one address may make: plenty for typos, far too few to guess a 49-bit code. */
export const REGISTRATIONS_PER_IP = { max: 10, timeWindow: '1 minute' } as const;
/** Attempts on one code from anywhere: a class sharing a code fits, a botnet trying emails does not. */
export const REGISTRATIONS_PER_CODE = { max: 60, timeWindow: '1 hour' } as const;

/** The code a request tries, read from the raw body (before validation, so junk counts too). */
function codeGuess(request: FastifyRequest): string | null {
  const body = request.body;
  if (typeof body !== 'object' || body === null || !('accessCode' in body)) return null;
  const raw = body.accessCode;
  if (typeof raw !== 'string' || !raw.trim()) return null;
  const params = request.params;
  const tenant =
    typeof params === 'object' && params !== null && 'tenant' in params
      ? String(params.tenant)
      : '';
  return `${tenant.toLowerCase()}:${normaliseAccessCode(raw) ?? raw.trim().slice(0, 100).toUpperCase()}`;
}

export const registrationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const perCode = app.createRateLimit({
    ...REGISTRATIONS_PER_CODE,
    keyGenerator: (request) => `access-code:${codeGuess(request)}`,
  });

  app.get(
    '/public/:tenant',
    {
      config: { access: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['registration'],
        summary: "A training provider's public name, for its registration page",
        security: [],
        params: ZTenantParams,
        response: { 200: ZPublicTenant, ...errorResponses },
      },
    },
    async (request) => getRegistrationPage(app.db, request.params.tenant),
  );

  app.post(
    '/public/:tenant/registrations',
    {
      config: { access: 'public', rateLimit: REGISTRATIONS_PER_IP },
      preValidation: async (request, reply) => {
        if (codeGuess(request) === null) return;
        const limit = await perCode(request);
        if (limit.isAllowed || !limit.isExceeded) return;
        reply.header('Retry-After', String(limit.ttlInSeconds));
        throw new AppError(
          'rate_limited',
          'There have been too many attempts with this access code. Please try again later.',
          429,
        );
      },
      schema: {
        tags: ['registration'],
        summary: 'Self-registration with an access code (no session)',
        security: [],
        params: ZTenantParams,
        body: ZRegistrationRequest,
        response: { 201: ZRegisteredUser, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = await registerWithAccessCode(app.db, request.params.tenant, request.body, {
        ip: request.ip,
      });
      return reply.status(201).send(user);
    },
  );
};
