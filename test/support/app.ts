/** An in-process Roster over a fresh test database, with a signed-in client helper. */
import type { InjectOptions } from 'fastify';
import type { Database } from '../../src/db/client.js';
import type { Config } from '../../src/platform/config.js';
import type { Mailer } from '../../src/platform/mail/mailer.js';
import { type App, buildServer, type ServerDeps } from '../../src/server.js';
import { openTestDatabase } from './database.js';

export interface TestApp {
  app: App;
  database: Database;
  db: Database['db'];
  close(): Promise<void>;
}

export const testConfig: Config = {
  port: 0,
  dataDir: '.tmp/unused',
  publicUrl: 'http://roster.test',
  demo: false,
  trustProxy: false,
};

export async function startTestApp(
  options: { mailer?: Mailer; config?: Partial<Config>; logger?: ServerDeps['logger'] } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const app = await buildServer({
    db: database.db,
    databaseKind: database.kind,
    config: { ...testConfig, ...options.config },
    mailer: options.mailer ?? { enabled: false, send: async () => {} },
    logger: options.logger ?? false,
  });
  await app.ready();
  return {
    app,
    database,
    db: database.db,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

type Method = NonNullable<InjectOptions['method']>;

type Reply = Awaited<ReturnType<App['inject']>>;

export interface Client {
  request(
    method: Method,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply>;
  get(url: string): Promise<Reply>;
  csrfToken: string;
  cookie: string;
}

/** Signs in through the API and returns a client that sends the cookie and CSRF token. */
export async function signIn(
  app: App,
  tenant: string,
  username: string,
  password: string,
): Promise<Client> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { tenant, username, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  const request: Client['request'] = (method, url, body, headers = {}) =>
    app.inject({
      method,
      url,
      payload: body as InjectOptions['payload'],
      headers: { cookie, 'x-csrf-token': csrfToken, ...headers },
    });
  return { request, get: (url) => request('GET', url), csrfToken, cookie };
}

export const signInAs = (
  t: TestApp,
  tenant: { slug: string },
  user: { email: string | null; password: string },
) => signIn(t.app, tenant.slug, user.email ?? '', user.password);
