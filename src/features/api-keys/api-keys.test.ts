import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildLearner, buildWorld } from '../../../test/support/factories.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  t = await startTestApp();
  world = await buildWorld(t.db);
});
afterAll(() => t.close());

const bearer = (key: string, url: string) =>
  t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}` } });

describe('API keys', () => {
  it("act with the creating administrator's access, need no CSRF token, and stop working when revoked", async () => {
    const learner = await buildLearner(t.db, world.tenant, [world.right]);
    const client = await signInAs(t, world.tenant, world.leftAdmin);
    const created = await client.request('POST', '/api/v1/api-keys', { name: 'Nightly sync' });
    expect(created.statusCode).toBe(201);
    const { key, id } = created.json();
    expect(key).toMatch(/^rk_/);
    expect((await bearer(key, '/api/v1/users')).statusCode).toBe(200);
    expect((await bearer(key, `/api/v1/users/${learner.id}`)).statusCode).toBe(404);
    const listed = await client.get('/api/v1/api-keys');
    expect(listed.body).not.toContain(key);
    expect((await client.request('DELETE', `/api/v1/api-keys/${id}`)).statusCode).toBe(200);
    expect((await bearer(key, '/api/v1/users')).statusCode).toBe(401);
  });

  it("cannot create keys with a key, nor revoke another administrator's key", async () => {
    const owner = await signInAs(t, world.tenant, world.admin);
    const { key, id } = (await owner.request('POST', '/api/v1/api-keys', { name: 'k' })).json();
    const viaKey = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      payload: { name: 'x' },
      headers: { authorization: `Bearer ${key}` },
    });
    expect(viaKey.statusCode).toBe(403);
    const other = await signInAs(t, world.tenant, world.leftAdmin);
    expect((await other.request('DELETE', `/api/v1/api-keys/${id}`)).statusCode).toBe(404);
    expect((await bearer('rk_forged', '/api/v1/users')).statusCode).toBe(401);
  });

  it('read the Bearer scheme without regard to case (RFC 9110)', async () => {
    const owner = await signInAs(t, world.tenant, world.admin);
    const { key } = (await owner.request('POST', '/api/v1/api-keys', { name: 'case' })).json();
    for (const scheme of ['bearer', 'BEARER', 'BeArEr']) {
      const response = await t.app.inject({
        url: '/api/v1/users',
        headers: { authorization: `${scheme} ${key}` },
      });
      expect(response.statusCode, scheme).toBe(200);
    }
  });
});
