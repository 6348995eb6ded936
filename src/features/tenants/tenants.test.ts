import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildAdmin, buildWorld } from '../../../test/support/factories.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  t = await startTestApp();
  world = await buildWorld(t.db);
});
afterAll(() => t.close());

describe('tenant settings', () => {
  it('lets any administrator read them, with defaults for fields and features', async () => {
    const admin = await signInAs(t, world.tenant, world.admin);
    const response = await admin.get('/api/v1/tenant');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      slug: world.tenant.slug,
      lockoutThreshold: 5,
      accessCodeValidityDays: 90,
    });
    expect(response.json().settings.features).toMatchObject({ saml: false, console: true });
  });

  it('lets only platform support change them, audited', async () => {
    const admin = await signInAs(t, world.tenant, world.admin);
    const refused = await admin.request('PATCH', '/api/v1/tenant', { accessCodeLimit: 5 });
    expect(refused.statusCode).toBe(403);
    const supportUser = await buildAdmin(t.db, world.tenant, [], { role: 'support' });
    const support = await signInAs(t, world.tenant, supportUser);
    const changed = await support.request('PATCH', '/api/v1/tenant', {
      accessCodeLimit: 5,
      lockoutThreshold: 3,
      settings: {
        fields: { title: 'mandatory', referrer: 'hidden' },
        features: { saml: true, console: true, classic: false, multiFactor: false },
        samlIdentityProviders: ['Azure AD'],
      },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ accessCodeLimit: 5, lockoutThreshold: 3 });
    expect(changed.json().settings.fields.title).toBe('mandatory');
  });

  it('refuses bad settings, naming the field', async () => {
    const supportUser = await buildAdmin(t.db, world.tenant, [], { role: 'support' });
    const support = await signInAs(t, world.tenant, supportUser);
    const bad = await support.request('PATCH', '/api/v1/tenant', {
      lockoutThreshold: 0,
      accessCodeLimit: -1,
    });
    expect(bad.statusCode).toBe(422);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual([
      'accessCodeLimit',
      'lockoutThreshold',
    ]);
  });

  it('shows platform support no learners: support is not a member of any group', async () => {
    const supportUser = await buildAdmin(t.db, world.tenant, [], { role: 'support' });
    const support = await signInAs(t, world.tenant, supportUser);
    const list = await support.get('/api/v1/users');
    expect(list.json().total).toBe(0);
  });
});
