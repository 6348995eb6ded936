import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../test/support/app.js';
import { openTestDatabase } from '../../test/support/database.js';
import type { Database } from '../db/client.js';
import { rateLimits } from '../db/schema.js';
import { type App, buildServer } from '../server.js';
import { databaseRateLimitStore } from './rate-limit-store.js';

/** Two servers over one database, as two processes behind a load balancer would be. */
let database: Database;
let servers: App[];

beforeAll(async () => {
  database = await openTestDatabase();
  servers = await Promise.all(
    [1, 2].map(() =>
      buildServer({
        db: database.db,
        databaseKind: database.kind,
        config: testConfig,
        mailer: { enabled: false, send: async () => {} },
        logger: false,
      }),
    ),
  );
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await database.close();
});

const signIn = (server: App | undefined, username: string) => {
  if (!server) throw new Error('no server');
  return server.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { tenant: 'nowhere', username, password: 'Wrong-password-1' },
  });
};

describe('rate limits in the database', () => {
  it('counts one limit across servers: the 11th sign-in attempt a minute is refused on either', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 10; i++) codes.push((await signIn(servers[i % 2], 'shared')).statusCode);
    expect(codes).toEqual(Array(10).fill(401));
    for (const server of servers) {
      const refused = await signIn(server, 'shared');
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    }
    expect((await signIn(servers[1], 'someone-else')).statusCode).toBe(401);
  });

  it('keeps routes apart, and starts a new window once the last one is over', async () => {
    for (let i = 0; i < 11; i++) await signIn(servers[0], 'window');
    expect((await signIn(servers[1], 'window')).statusCode).toBe(429);
    const preview = await servers[0]?.inject({
      method: 'POST',
      url: '/api/v1/activation/preview',
      payload: { token: 'x'.repeat(30) },
    });
    expect(preview?.statusCode).not.toBe(429);
    await database.db.update(rateLimits).set({ resetAt: sql`now() - interval '1 second'` });
    expect((await signIn(servers[1], 'window')).statusCode).toBe(401);
  });

  it('stores a long key (keys carry what callers send) as its hash, counting it all the same', async () => {
    const Store = databaseRateLimitStore(database.db);
    const store = new Store({});
    const long = 'u'.repeat(5000);
    const incr = () =>
      new Promise<{ current: number; ttl: number } | undefined>((resolve, reject) =>
        store.incr(long, (error, result) => (error ? reject(error) : resolve(result)), 60_000, 10),
      );
    await incr();
    expect(await incr()).toMatchObject({ current: 2 });
    const keys = (await database.db.select({ key: rateLimits.key }).from(rateLimits)).map(
      (row) => row.key,
    );
    expect(keys.some((key) => key.startsWith('sha256:'))).toBe(true);
    expect(keys.every((key) => key.length <= 200)).toBe(true);
  });

  it('relaxes the commit of the count only: the connection keeps synchronous_commit on', async () => {
    const Store = databaseRateLimitStore(database.db);
    const store = new Store({});
    for (let i = 0; i < 3; i++)
      await new Promise((resolve, reject) =>
        store.incr(
          'durable',
          (error, result) => (error ? reject(error) : resolve(result)),
          60_000,
          10,
        ),
      );
    const [row] = await database.db
      .select({ setting: sql<string>`current_setting('synchronous_commit')` })
      .from(rateLimits)
      .limit(1);
    expect(row?.setting).toBe('on');
  });
});
