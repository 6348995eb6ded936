/** Assembles the app: plugins, authentication, every feature's routes, OpenAPI, the web build. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Db } from './db/client.js';
import { registerAuthentication } from './features/auth/authenticate.js';
import { featureRoutes } from './features/routes.js';
import type { Config } from './platform/config.js';
import { handleClientError, handleError, handleFrameworkError } from './platform/http-errors.js';
import { guardInput } from './platform/input-guard.js';
import { loggerOptions } from './platform/logger.js';
import type { Mailer } from './platform/mail/mailer.js';
import { databaseRateLimitStore } from './platform/rate-limit-store.js';
import { type AccessDeclaration, requireDeclaredAccess } from './platform/route-access.js';
import { registerSecurityHeaders } from './platform/security-headers.js';

/** Every route the app serves, for the leak suite and the route audit. */
export interface RegisteredRoute extends AccessDeclaration {
  method: string;
  url: string;
}

export interface ServerDeps {
  db: Db;
  config: Config;
  mailer: Mailer;
  logger?: FastifyServerOptions['logger'];
  /** Which database `db` is, where it changes how something is best done (rate limits). */
  databaseKind?: 'pglite' | 'postgres';
}

const webRoot = fileURLToPath(new URL('../dist/web', import.meta.url));

export async function buildServer(deps: ServerDeps) {
  const app = Fastify({
    logger: deps.logger ?? loggerOptions(),
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
    frameworkErrors: handleFrameworkError,
    clientErrorHandler: handleClientError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorate('db', deps.db);
  app.decorate('config', deps.config);
  app.decorate('mailer', deps.mailer);

  await app.register(fastifyCookie);
  // Counters in the database: every server behind one address counts against one limit.
  await app.register(fastifyRateLimit, {
    global: false,
    store: databaseRateLimitStore(deps.db),
  });
  await app.register(fastifyMultipart, { limits: { fileSize: 50 * 1024 * 1024, files: 1 } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Roster API',
        version: '1.0.0',
        description: 'User management for training providers.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'roster_session' },
          apiKey: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { apiKey: [] }],
    },
    transform: jsonSchemaTransform,
    // Named schemas (z.globalRegistry ids, e.g. the recursive GroupTree) go to components.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  registerAuthentication(app);
  app.addHook('preValidation', guardInput);
  const registeredRoutes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', registeredRoutes);
  // Every API route says who may call it, or the server does not start.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/')) return;
    const declaration = requireDeclaredAccess(route);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods)
      if (method !== 'HEAD') registeredRoutes.push({ method, url: route.url, ...declaration });
  });

  await app.register(
    async (api) => {
      for (const routes of featureRoutes) await api.register(routes);
      api.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
        app.swagger(),
      );
    },
    { prefix: '/api/v1' },
  );

  if (existsSync(webRoot)) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false });
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/api/'))
        return reply.sendFile('index.html');
      return reply.status(404).send({
        error: { code: 'not_found', message: 'There is nothing at this address.', fields: {} },
      });
    });
  } else {
    app.setNotFoundHandler((_request, reply) =>
      reply.status(404).send({
        error: { code: 'not_found', message: 'There is nothing at this address.', fields: {} },
      }),
    );
  }
  registerSecurityHeaders(app, deps.config.publicUrl);
  return app;
}

export type App = Awaited<ReturnType<typeof buildServer>>;
