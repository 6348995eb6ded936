/** Route guards: the actor a route needs, or the error the contract asks for. */
import type { FastifyRequest } from 'fastify';
import type { Actor } from './actor.js';
import { AppError, unauthenticated } from './errors.js';

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

/** Administrators (standard or support); what support sees is narrowed by the queries. */
export function requireAdmin(request: FastifyRequest): Actor {
  const actor = requireActor(request);
  if (actor.type !== 'admin')
    throw new AppError('forbidden', 'Only administrators can do this.', 403);
  return actor;
}

export function requireSupport(request: FastifyRequest): Actor {
  const actor = requireActor(request);
  if (actor.type !== 'admin' || actor.adminRole !== 'support')
    throw new AppError('forbidden', 'Only platform support can do this.', 403);
  return actor;
}
