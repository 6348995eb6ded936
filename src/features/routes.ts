/** Every API feature, registered under /api/v1. A new feature adds one line here. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authRoutes } from './auth/auth.routes.js';
import { groupsRoutes } from './groups/groups.routes.js';
import { programmesRoutes } from './programmes/programmes.routes.js';
import { tenantsRoutes } from './tenants/tenants.routes.js';
import { usersRoutes } from './users/users.routes.js';

export const featureRoutes: FastifyPluginAsyncZod[] = [
  authRoutes,
  usersRoutes,
  groupsRoutes,
  programmesRoutes,
  tenantsRoutes,
];
