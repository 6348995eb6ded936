/**
 * Walks every registered /api/v1 route as every kind of wrong caller — another tenant's
 * administrator, an administrator without the victim's group, a learner, an employer user,
 * platform support, an API key (of the administrator without the group) and nobody — and
 * expects the ONE status its row in leak-probes.ts gives, with none of the victim's secrets in
 * the answer. A route without a row fails the suite, so each new endpoint is covered the day
 * it is added; so does a forged or missing CSRF token (403). HEAD, which Fastify answers on
 * every GET route, must give each caller the GET row's status and no body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeys } from '../../src/db/schema.js';
import { sha256 } from '../../src/platform/tokens.js';
import { type Client, signInAs, startTestApp, type TestApp } from '../support/app.js';
import { buildAdmin, buildEmployer, buildLearner, buildWorld } from '../support/factories.js';
import { CALLERS, type Caller, type Fixture, type Probe, probes } from './leak-probes.js';

let t: TestApp;
let fixture: Fixture;
let owner: Client;
const send: Partial<
  Record<Caller, (method: string, url: string, body: unknown) => Promise<Reply>>
> = {};
type Reply = Awaited<ReturnType<TestApp['app']['inject']>>;

beforeAll(async () => {
  t = await startTestApp();
  const world = await buildWorld(t.db);
  const learner = await buildLearner(t.db, world.tenant, [world.right], {
    email: 'secret.learner@example.test',
  });
  fixture = { world, learner, db: t.db };
  const aLearner = await buildLearner(t.db, world.tenant, [world.right]);
  const anEmployer = await buildEmployer(t.db, world.tenant, [world.right]);
  const support = await buildAdmin(t.db, world.tenant, [], { role: 'support' });
  const key = `rk_leak_${Math.random().toString(36).slice(2)}`;
  await t.db.insert(apiKeys).values({
    tenantId: world.tenant.id,
    adminId: world.leftAdmin.id,
    name: 'leak',
    keyHash: sha256(key),
  });
  owner = await signInAs(t, world.tenant, world.admin);
  const clients: [Caller, Client][] = [
    ['otherTenant', await signInAs(t, world.other, world.otherAdmin)],
    ['sibling', await signInAs(t, world.tenant, world.leftAdmin)],
    ['learner', await signInAs(t, world.tenant, aLearner)],
    ['employer', await signInAs(t, world.tenant, anEmployer)],
    ['support', await signInAs(t, world.tenant, support)],
  ];
  for (const [caller, client] of clients)
    send[caller] = (method, url, body) => client.request(method as 'GET', url, body);
  send.apiKey = (method, url, body) =>
    t.app.inject({
      method: method as 'GET',
      url,
      payload: body as object,
      headers: { authorization: `Bearer ${key}` },
    });
  send.signedOut = (method, url, body) =>
    t.app.inject({ method: method as 'GET', url, payload: body as object });
});
afterAll(() => t.close());

const key = (route: { method: string; url: string }) => `${route.method} ${route.url}`;

/** Signing out comes last, so each caller keeps its session for every other route. */
const apiRoutes = () =>
  t.app.registeredRoutes
    .filter((route) => route.url.startsWith('/api/v1/'))
    .sort((a, b) => Number(key(a) === SIGN_OUT) - Number(key(b) === SIGN_OUT));
const SIGN_OUT = 'DELETE /api/v1/session';
const CODES: Record<number, string> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
};
const SAME_TENANT_ADMINS = new Set<Caller>(['sibling', 'support', 'apiKey']);

const fill = (url: string, params: Record<string, string | number>) =>
  url.replace(/:(\w+)/g, (_, name: string) => String(params[name] ?? `missing-${name}`));

async function target(probe: Probe, url: string) {
  const made = probe.make ? await probe.make(fixture) : { params: {}, body: undefined };
  return { url: fill(url, made.params) + (made.query ?? ''), body: made.body, secret: made.secret };
}

describe('leak suite', () => {
  it('has a row for every registered route', () => {
    const missing = apiRoutes()
      .filter((route) => !probes[key(route)])
      .map(key);
    expect(missing, 'add a row to test/api/leak-probes.ts for each new route').toEqual([]);
    const stale = Object.keys(probes).filter((k) => !apiRoutes().some((r) => key(r) === k));
    expect(stale, 'rows for routes that no longer exist').toEqual([]);
  });

  it('refuses every cookie-borne state change without the CSRF token (403)', async () => {
    for (const route of apiRoutes().filter((r) => r.access !== 'public' && r.method !== 'GET')) {
      const probe = probes[key(route)];
      if (!probe) continue;
      const { url, body } = await target(probe, route.url);
      const response = await t.app.inject({
        method: route.method as 'POST',
        url,
        payload: body as object,
        headers: { cookie: owner.cookie },
      });
      expect(response.statusCode, key(route)).toBe(403);
      expect(response.json().error.code, key(route)).toBe('csrf_failed');
    }
  });

  // Fastify answers HEAD on every GET route by itself; those routes are not in
  // registeredRoutes, so they are probed here: the status of the GET row, and no body at all.
  it('answers HEAD on every GET route as each caller with the status of its GET row', async () => {
    const wrong: string[] = [];
    for (const route of apiRoutes().filter((r) => r.method === 'GET')) {
      const probe = probes[key(route)];
      if (!probe) continue;
      for (const caller of CALLERS) {
        const call = send[caller];
        if (!call) throw new Error(`no client for ${caller}`);
        const { url } = await target(probe, route.url);
        const response = await call('HEAD', url, undefined);
        if (response.statusCode !== probe.expect[caller])
          wrong.push(
            `HEAD ${route.url} as ${caller}: ${response.statusCode} (GET row says ${probe.expect[caller]})`,
          );
        expect(response.body, `HEAD ${route.url} as ${caller}`).toBe('');
      }
    }
    expect(wrong).toEqual([]);
  });

  for (const caller of CALLERS)
    it(`answers ${caller} with the one status of each route's row, and shows nothing of the victim`, async () => {
      const call = send[caller];
      if (!call) throw new Error(`no client for ${caller}`);
      const wrong: string[] = [];
      for (const route of apiRoutes()) {
        const probe = probes[key(route)];
        if (!probe) continue;
        const { url, body, secret } = await target(probe, route.url);
        const response = await call(route.method, url, body);
        const expected = probe.expect[caller];
        if (response.statusCode !== expected)
          wrong.push(
            `${key(route)}: ${response.statusCode} (row says ${expected}) ${response.body.slice(0, 120)}`,
          );
        const code = CODES[response.statusCode];
        if (code && response.statusCode === expected)
          expect(response.json().error.code, `${key(route)} as ${caller}`).toBe(code);
        const mayRead = probe.tenantWide && SAME_TENANT_ADMINS.has(caller);
        for (const word of mayRead ? [] : (secret ?? []))
          expect(response.body, `${key(route)} leaks ${word} to ${caller}`).not.toContain(word);
      }
      expect(wrong, `statuses as ${caller}`).toEqual([]);
    });
});
