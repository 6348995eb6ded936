/**
 * A @fastify/rate-limit store in the database, so every server counts against one limit:
 * with an in-memory store, N servers would each allow the whole limit. Fixed windows, one
 * atomic upsert a request.
 */
import { createHash } from 'node:crypto';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { and, eq, gt, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rateLimits } from '../db/schema.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

const ttlMs =
  sql<number>`ceil(extract(epoch from (${rateLimits.resetAt} - now())) * 1000)::int`.mapWith(
    Number,
  );

/** Keys carry what callers send (a username): long ones are hashed to fit an index entry. */
export const storedKey = (key: string) =>
  key.length > 200 ? `sha256:${createHash('sha256').update(key).digest('hex')}` : key;

/** The route a limit belongs to (method and URL), so two routes never share a counter. */
function routePrefix(routeOptions: object) {
  const info = 'routeInfo' in routeOptions ? routeOptions.routeInfo : undefined;
  if (typeof info !== 'object' || info === null) return '';
  const method = 'method' in info ? String(info.method) : '';
  const url = 'url' in info ? String(info.url) : '';
  return method || url ? `${method} ${url}|` : '';
}

/**
 * Counters whose window has ended: the next request would start a new window anyway, so they
 * go. Run by the worker's periodic sweep (jobs/registry.ts), not on a request's path.
 */
export async function deleteExpiredRateLimits(db: Db) {
  const gone = await db
    .delete(rateLimits)
    .where(lt(rateLimits.resetAt, sql`now()`))
    .returning({ key: rateLimits.key });
  return gone.length;
}

/**
 * The statement that counts one request against each of `keys` (a SQL text array): a new
 * window where none is open, one more in the open one; it returns `key`, `current` and `ttl`
 * (milliseconds left) per key. Committed without waiting for the WAL flush: a counter lost in
 * a crash costs nothing, and the flush cost 3–5 ms a request on a busy disk.
 * `set_config(…, true)` inside the statement is local to its own implicit transaction, whose
 * commit reads it; `begin; set local …; upsert; commit` took four round trips for the same.
 * Also the first step of a sign-in (features/auth/sign-in-attempt.ts), which counts both of
 * its limits in the statement that reads the account.
 */
export const countRequests = (keys: SQL, timeWindowMs: number | SQL) => sql`
  insert into ${rateLimits} (key, count, reset_at)
  select counted_key, 1, now() + make_interval(secs => ${timeWindowMs}::float8 / 1000)
  from unnest(${keys}::text[]) as counted_key,
    (select set_config('synchronous_commit', 'off', true)) as relaxed
  on conflict (key) do update set
    count = case when ${rateLimits.resetAt} <= now() then 1 else ${rateLimits.count} + 1 end,
    reset_at = case when ${rateLimits.resetAt} <= now() then excluded.reset_at else ${rateLimits.resetAt} end
  returning key, count as current, ${ttlMs} as ttl`;

/** One statement, one round trip per count (countRequests). */
export function databaseRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  const upsert = async (key: string, timeWindow: number) => {
    // Both drivers answer `execute` with { rows }; the Db type leaves the result opaque.
    const result: unknown = await db.execute(countRequests(sql`array[${key}]`, timeWindow));
    return (result as { rows: { current: number; ttl: number }[] }).rows[0];
  };

  const incr = async (key: string, timeWindow: number) => {
    const row = await upsert(key, timeWindow);
    if (!row) throw new Error('The rate-limit counter was not written.');
    return { current: Number(row.current), ttl: Math.max(0, Number(row.ttl)) };
  };

  const read = async (key: string) => {
    const [row] = await db
      .select({ current: rateLimits.count, ttl: ttlMs })
      .from(rateLimits)
      .where(and(eq(rateLimits.key, key), gt(rateLimits.resetAt, sql`now()`)));
    return row ?? { current: 0, ttl: 0 };
  };

  class DatabaseStore implements FastifyRateLimitStore {
    constructor(
      _options: unknown,
      private readonly prefix = '',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number) {
      incr(storedKey(this.prefix + key), timeWindow).then(
        (result) => callback(null, result),
        (error: Error) => callback(error),
      );
    }

    read(key: string, callback: Callback) {
      read(storedKey(this.prefix + key)).then(
        (result) => callback(null, result),
        (error: Error) => callback(error),
      );
    }

    child(routeOptions: object) {
      return new DatabaseStore(undefined, this.prefix + routePrefix(routeOptions));
    }
  }
  return DatabaseStore;
}
