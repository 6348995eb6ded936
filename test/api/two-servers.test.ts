/**
 * Two real server processes on one fresh PostgreSQL database, as an operator running two
 * `npm start` behind a load balancer would have them: one with its worker inside, one with
 * ROSTER_WORKER=0 beside a worker of its own (`npm run worker`). PostgreSQL only: PGlite
 * admits one process to its data directory.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openPostgres } from '../../src/db/client.js';
import { outbox } from '../../src/db/schema.js';
import { REGISTRATIONS_PER_IP } from '../../src/features/registrations/registrations.routes.js';
import { insertAccessCode } from '../support/access-codes.js';
import { buildLearner, buildWorld, TEST_PASSWORD } from '../support/factories.js';
import { startMailCatcher } from '../support/mail-catcher.js';
import { type ServerProcess, spawnServer } from '../support/server-process.js';
import { testTarget } from '../support/target.js';

const adminUrl = process.env.DATABASE_URL ?? '';
const name = `roster_two_${randomBytes(5).toString('hex')}`;
let servers: ServerProcess[] = [];
let worker: ServerProcess | undefined;
let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
let database: Database;
let world: Awaited<ReturnType<typeof buildWorld>>;

async function query(connectionString: string, statement: string) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return (await client.query(statement)).rows;
  } finally {
    await client.end();
  }
}
const admin = (statement: string) => query(adminUrl, statement);
let databaseUrl = '';

interface Call {
  body?: unknown;
  cookie?: string;
  csrf?: string;
}

async function call(
  server: ServerProcess | undefined,
  method: string,
  path: string,
  options: Call = {},
) {
  if (!server) throw new Error('no such server');
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.cookie) headers.cookie = options.cookie;
  if (options.csrf) headers['x-csrf-token'] = options.csrf;
  const response = await fetch(`${server.baseUrl}/api/v1${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, response };
}

async function signIn(
  server: ServerProcess | undefined,
  username: string,
  password = TEST_PASSWORD,
) {
  const answer = await call(server, 'POST', '/session', {
    body: { tenant: world.tenant.slug, username, password },
  });
  const cookie = answer.response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  return { ...answer, cookie, csrf: String(answer.body?.csrfToken ?? '') };
}

const onEither = (i: number) => servers[i % 2];

describe.runIf(testTarget() === 'postgres')('two servers on one PostgreSQL', () => {
  beforeAll(async () => {
    await admin(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    catcher = await startMailCatcher();
    const env = { DATABASE_URL: url.toString(), SMTP_URL: catcher.url };
    // All at the same moment on the empty database: the migrations must not collide.
    const spawned = await Promise.all([
      spawnServer(env),
      spawnServer({ ...env, ROSTER_WORKER: '0' }),
      spawnServer(env, 'src/worker.ts'),
    ]);
    servers = spawned.slice(0, 2);
    worker = spawned[2];
    const started = await Promise.allSettled(spawned.map((child) => child.ready));
    for (const result of started) if (result.status === 'rejected') throw result.reason;
    databaseUrl = url.toString();
    database = await openPostgres(databaseUrl, { migrate: false });
    world = await buildWorld(database.db);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([...servers, ...(worker ? [worker] : [])].map((child) => child.stop()));
    await database?.close();
    await catcher?.close();
    await admin(`drop database if exists ${name} with (force)`);
  });

  it('all started together on the empty database, which was migrated once', async () => {
    expect(servers[0]?.output()).toMatch(/job worker inside/);
    expect(servers[1]?.output()).toMatch(/no job worker: ROSTER_WORKER=0/);
    const applied = await query(
      databaseUrl,
      'select count(*)::int as n from drizzle.__drizzle_migrations',
    );
    const journal = await import('../../src/db/migrations/meta/_journal.json', {
      with: { type: 'json' },
    });
    expect(applied).toEqual([{ n: journal.default.entries.length }]);
    for (const server of servers) expect((await call(server, 'GET', '/session')).status).toBe(401);
  });

  it('a session begun on one server holds on the other, and ends on both', async () => {
    const session = await signIn(servers[0], world.admin.email ?? '');
    expect(session.status).toBe(200);
    const who = await call(servers[1], 'GET', '/session', { cookie: session.cookie });
    expect(who.status).toBe(200);
    expect(who.body.user.id).toBe(world.admin.id);
    const out = await call(servers[1], 'DELETE', '/session', session);
    expect(out.status).toBeLessThan(300);
    expect((await call(servers[0], 'GET', '/session', { cookie: session.cookie })).status).toBe(
      401,
    );
  });

  it('counts failed sign-ins towards the lockout across both servers', async () => {
    const learner = await buildLearner(database.db, world.tenant, [world.left]);
    const username = learner.email ?? '';
    const codes: number[] = [];
    for (let i = 0; i < world.tenant.lockoutThreshold; i++)
      codes.push((await signIn(onEither(i), username, 'Wrong-password-1')).status);
    expect(codes).toEqual([...Array(world.tenant.lockoutThreshold - 1).fill(401), 423]);
    expect((await signIn(servers[1], username)).status).toBe(423);
    expect((await signIn(servers[0], username)).status).toBe(423);
  });

  it('of 50 registrations with one code over both servers exactly one succeeds, within one shared limit', async () => {
    const code = await insertAccessCode(database.db, {
      tenantId: world.tenant.id,
      groupId: world.left.id,
    });
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(onEither(i), 'POST', `/public/${world.tenant.slug}/registrations`, {
          body: {
            accessCode: code.code,
            firstName: 'Racer',
            surname: `No ${i}`,
            email: `racer-${i}@example.test`,
            password: 'Sunny-meadow-river-7',
          },
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    // Every request comes from 127.0.0.1: the per-address limit is one count over both servers.
    expect(statuses.filter((status) => status !== 429)).toHaveLength(REGISTRATIONS_PER_IP.max);
    expect(statuses.filter((status) => status === 409)).toHaveLength(REGISTRATIONS_PER_IP.max - 1);
  });

  it('sends each of many invitations made at once exactly once, by one of the two workers', async () => {
    const count = 30;
    const learners = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        buildLearner(database.db, world.tenant, [world.left], {
          status: 'Prospect',
          email: `invitee-${i}@example.test`,
        }),
      ),
    );
    const session = await signIn(servers[0], world.admin.email ?? '');
    const answers = await Promise.all(
      learners.map((learner, i) =>
        call(onEither(i), 'POST', `/users/${learner.id}/invitation`, session),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(count).fill(202));
    await expect
      .poll(() => catcher.received.length, { timeout: 30_000, interval: 200 })
      .toBeGreaterThanOrEqual(count);
    // Both workers poll every second: give a duplicate, if any, time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const perRecipient = new Map<string, number>();
    for (const mail of catcher.received)
      for (const to of mail.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    expect(perRecipient.size).toBe(count);
    expect([...perRecipient.values()].every((n) => n === 1)).toBe(true);
    const statuses = await database.db
      .select({ status: outbox.status })
      .from(outbox)
      .where(eq(outbox.tenantId, world.tenant.id));
    expect(statuses.filter((row) => row.status === 'sent')).toHaveLength(count);
  }, 60_000);
});
