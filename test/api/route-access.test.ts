/**
 * Access is declared per route: a route that declares nothing stops the server from starting,
 * and an administrator-only use case cannot be handed an actor no guard has checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listManagedLearners } from '../../src/features/me/list-managed-learners.js';
import { listUsers } from '../../src/features/users/list-users.js';
import { type Actor, isAdmin, isEmployer } from '../../src/platform/actor.js';
import { buildServer } from '../../src/server.js';
import { startTestApp, type TestApp, testConfig } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const build = () =>
  buildServer({
    db: t.db,
    config: testConfig,
    mailer: { enabled: false, send: async () => {} },
    logger: false,
  });

describe('route access', () => {
  it('refuses to start with a route that declares no access', async () => {
    const app = await build();
    const starting = (async () => {
      app.get('/api/v1/undeclared', async () => ({ secret: true }));
      await app.ready();
    })();
    await expect(starting).rejects.toThrow(/GET \/api\/v1\/undeclared declares no access/);
    await app.close();
  });

  it('refuses an access level it does not know, and an API key on a public or employer route', async () => {
    for (const config of [
      { access: 'admin' },
      { access: 'public', apiKey: true },
      { access: 'employer', apiKey: true },
    ]) {
      const app = await build();
      const starting = (async () => {
        // The wrong shapes on purpose: what a typo in a route file would register.
        app.get('/api/v1/odd', { config: config as object }, async () => ({}));
        await app.ready();
      })();
      await expect(starting, JSON.stringify(config)).rejects.toThrow(/\/api\/v1\/odd/);
      await app.close();
    }
  });

  it('starts when every route declares its access, and lists each declaration', async () => {
    const undeclared = t.app.registeredRoutes.filter((route) => !route.access);
    expect(undeclared).toEqual([]);
    expect(t.app.registeredRoutes.length).toBeGreaterThan(30);
  });

  it('gives an administrator-only use case only an actor a guard has checked (a type error otherwise)', async () => {
    const learner: Actor = {
      tenantId: 1,
      tenantSlug: 't',
      userId: 1,
      type: 'learner',
      adminRole: null,
      email: null,
      firstName: 'L',
      surname: 'L',
      accessibleGroupIds: new Set(),
      via: 'session',
      csrfToken: null,
    };
    const query = { page: 1, pageSize: 10, sort: 'id', order: 'asc' } as const;
    // @ts-expect-error an Actor is no AdminActor until isAdmin or requireAdmin has narrowed it
    const unchecked = () => listUsers(t.db, learner, query);
    expect(typeof unchecked).toBe('function');
    expect(isAdmin(learner)).toBe(false);
    if (isAdmin(learner)) await listUsers(t.db, learner, query);
  });

  it('gives the employer console only an employer actor (a type error otherwise)', async () => {
    const admin: Actor = {
      tenantId: 1,
      tenantSlug: 't',
      userId: 1,
      type: 'admin',
      adminRole: 'standard',
      email: null,
      firstName: 'A',
      surname: 'A',
      accessibleGroupIds: new Set([1]),
      via: 'session',
      csrfToken: null,
    };
    const query = { page: 1, pageSize: 10, sort: 'name', order: 'asc' } as const;
    // @ts-expect-error an Actor is no EmployerActor until isEmployer or requireEmployer has narrowed it
    const unchecked = () => listManagedLearners(t.db, admin, query);
    expect(typeof unchecked).toBe('function');
    expect(isEmployer(admin)).toBe(false);
  });

  it('declares the employer console for employer users alone, without API keys', () => {
    const console = t.app.registeredRoutes.find((route) => route.url === '/api/v1/me/learners');
    expect(console).toMatchObject({ access: 'employer', apiKey: false });
  });
});
