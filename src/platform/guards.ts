/**
 * Route guards: the actor a route needs, or the error the contract asks for. The route hook
 * (route-access.ts) has already refused the wrong caller; these narrow the type for the use
 * case, and refuse again should a route's declaration and its handler ever disagree.
 */
import type { FastifyRequest } from 'fastify';
import {
  type Actor,
  type AdminActor,
  type EmployerActor,
  isAdmin,
  isEmployer,
  isSupport,
  type SupportActor,
} from './actor.js';
import { AppError, unauthenticated } from './errors.js';

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

/** Administrators (standard or support); what support sees is narrowed by the queries. */
export function requireAdmin(request: FastifyRequest): AdminActor {
  const actor = requireActor(request);
  if (!isAdmin(actor)) throw new AppError('forbidden', 'Only administrators can do this.', 403);
  return actor;
}

export function requireSupport(request: FastifyRequest): SupportActor {
  const actor = requireActor(request);
  if (!isSupport(actor)) throw new AppError('forbidden', 'Only platform support can do this.', 403);
  return actor;
}

/** An employer user (their console). */
export function requireEmployer(request: FastifyRequest): EmployerActor {
  const actor = requireActor(request);
  if (!isEmployer(actor)) throw new AppError('forbidden', 'Only employer users can do this.', 403);
  return actor;
}
