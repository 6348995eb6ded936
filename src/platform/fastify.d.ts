import type { Db } from '../db/client.js';
import type { Actor } from './actor.js';
import type { Config } from './config.js';
import type { Mailer } from './mail/mailer.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: Config;
    mailer: Mailer;
    registeredRoutes: { method: string; url: string; public: boolean }[];
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in. */
    public?: boolean;
  }
}
