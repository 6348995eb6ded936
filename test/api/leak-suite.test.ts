/**
 * Walks every registered /api/v1 route as the wrong actor: nobody (401), a forged or missing
 * CSRF token (403), another tenant's administrator and an administrator of a sibling group
 * (404 or absent from lists). A route without a probe here fails the suite, so each new
 * endpoint is covered the day it is added.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../support/app.js';
import { buildLearner, buildWorld } from '../support/factories.js';
import { type Fixture, type Probe, probes } from './leak-probes.js';

let t: TestApp;
let fixture: Fixture;
let outsider: Client;
let sibling: Client;
let owner: Client;

beforeAll(async () => {
  t = await startTestApp();
  const world = await buildWorld(t.db);
  const learner = await buildLearner(t.db, world.tenant, [world.right], {
    email: 'secret.learner@example.test',
  });
  fixture = { world, learner, db: t.db };
  outsider = await signInAs(t, world.other, world.otherAdmin);
  sibling = await signInAs(t, world.tenant, world.leftAdmin);
  owner = await signInAs(t, world.tenant, world.admin);
});
afterAll(() => t.close());

const key = (route: { method: string; url: string }) => `${route.method} ${route.url}`;

const apiRoutes = () => t.app.registeredRoutes.filter((route) => route.url.startsWith('/api/v1/'));

const fill = (url: string, params: Record<string, string | number>) =>
  url.replace(/:(\w+)/g, (_, name: string) => String(params[name] ?? `missing-${name}`));

async function target(probe: Probe, url: string) {
  const made = probe.make ? await probe.make(fixture) : { params: {}, body: undefined };
  return { url: fill(url, made.params) + (made.query ?? ''), body: made.body, secret: made.secret };
}

describe('leak suite', () => {
  it('has a probe for every registered route', () => {
    const missing = apiRoutes()
      .filter((route) => !probes[key(route)])
      .map(key);
    expect(missing, 'add a probe to test/api/leak-probes.ts for each new route').toEqual([]);
  });

  it('refuses every private route without a session (401)', async () => {
    for (const route of apiRoutes().filter((r) => !r.public)) {
      const probe = probes[key(route)];
      if (!probe) continue;
      const { url, body } = await target(probe, route.url);
      const response = await t.app.inject({
        method: route.method as 'GET',
        url,
        payload: body as object,
      });
      expect(response.statusCode, key(route)).toBe(401);
      expect(response.json().error.code, key(route)).toBe('unauthenticated');
    }
  });

  it('refuses every cookie-borne state change without the CSRF token (403)', async () => {
    for (const route of apiRoutes().filter((r) => !r.public && r.method !== 'GET')) {
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

  for (const actor of ['another tenant', 'a sibling group'] as const) {
    it(`shows nothing of the victim's records to ${actor}`, async () => {
      const client = actor === 'another tenant' ? outsider : sibling;
      for (const route of apiRoutes()) {
        const probe = probes[key(route)];
        if (!probe || probe.kind === 'public' || probe.kind === 'self') continue;
        if (actor === 'a sibling group' && probe.tenantWide) continue;
        const { url, body, secret } = await target(probe, route.url);
        const response = await client.request(route.method as 'GET', url, body);
        if (probe.kind === 'record') {
          expect(response.statusCode, `${key(route)} as ${actor}`).toBe(404);
          expect(response.json().error.code).toBe('not_found');
        } else {
          expect([200, 201, 403, 404, 422], `${key(route)} as ${actor}`).toContain(
            response.statusCode,
          );
        }
        for (const word of secret ?? [])
          expect(response.body, `${key(route)} leaks ${word} to ${actor}`).not.toContain(word);
      }
    });
  }
});
