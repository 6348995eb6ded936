import type { Db } from '../db/client.js';
import type { Actor } from './actor.js';
import type { Config } from './config.js';
import type { Mailer } from './mail/mailer.js';
import type { AccessDeclaration, RouteAccess } from './route-access.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: Config;
    mailer: Mailer;
    registeredRoutes: ({ method: string; url: string } & AccessDeclaration)[];
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Who may call the route (required: a route without it is refused at registration). */
    access?: RouteAccess;
    /** API keys may call it too. */
    apiKey?: boolean;
  }
}
