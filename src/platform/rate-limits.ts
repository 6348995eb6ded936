/**
 * A second (third…) rate limit on one route. @fastify/rate-limit runs one limiter a request
 * (its hook skips once any limiter has run), so extra limits use `createRateLimit`, which asks
 * the same store (the one registered in server.ts) and leaves the answer to us.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

export interface ExtraLimit {
  /** Names the counter; keys are prefixed with it so limits never share a count. */
  name: string;
  max: number;
  timeWindow: string;
  key: (request: FastifyRequest) => string;
}

/** A preHandler that answers 429 `rate_limited` once `max` requests share a key in the window. */
export function extraRateLimit(app: FastifyInstance, limit: ExtraLimit) {
  const check = app.createRateLimit({
    max: limit.max,
    timeWindow: limit.timeWindow,
    keyGenerator: (request) => `${limit.name}|${limit.key(request)}`,
  });
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const result = await check(request);
    if (result.isAllowed || !result.isExceeded) return;
    reply.header('retry-after', String(result.ttlInSeconds));
    throw rateLimited();
  };
}

export const rateLimited = () =>
  new AppError('rate_limited', 'Too many attempts. Please wait a while and try again.', 429);

/** The key of "one account named by a signed-out person": organisation and sign-in name. */
export function signInNameKey(request: FastifyRequest) {
  const body = request.body as { tenant?: unknown; username?: unknown } | undefined;
  const tenant = String(body?.tenant ?? '').toLowerCase();
  return `${tenant}|${String(body?.username ?? '')
    .trim()
    .toLowerCase()}`;
}
