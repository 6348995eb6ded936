import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildLearner, buildWorld, TEST_PASSWORD } from '../../../test/support/factories.js';
import { auditLog, programmes } from '../../db/schema.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t.db);
});
afterAll(() => t.close());

const NEW_PASSWORD = 'Brand-new-passphrase-77';

describe('GET /me', () => {
  it('shows a learner their own details, case owner, programme and end date', async () => {
    const [programme] = await t.db
      .insert(programmes)
      .values({ tenantId: w.tenant.id, name: 'Plumbing Level 3', type: 'delivery' })
      .returning();
    const learner = await buildLearner(t.db, w.tenant, [w.right], {
      firstName: 'Lina',
      extra: {
        caseOwnerId: w.admin.id,
        programmeId: programme?.id ?? null,
        subscriptionEndsOn: '2027-03-31',
      },
    });
    const client = await signInAs(t, w.tenant, learner);
    const response = await client.get('/api/v1/me');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      id: learner.id,
      type: 'learner',
      firstName: 'Lina',
      email: learner.email,
      subscriptionEndsOn: '2027-03-31',
      caseOwner: { name: `${w.admin.firstName} ${w.admin.surname}`, email: w.admin.email },
      programme: { id: programme?.id, name: 'Plumbing Level 3' },
      passwordSignIn: true,
    });
    expect(response.body).not.toContain('passwordHash');
  });
});

describe('PUT /me/password', () => {
  it('needs the current password, holds the new one to the rules, ends the other sessions', async () => {
    const learner = await buildLearner(t.db, w.tenant, [w.right]);
    const client = await signInAs(t, w.tenant, learner);
    const elsewhere = await signInAs(t, w.tenant, learner);
    const wrong = await client.request('PUT', '/api/v1/me/password', {
      currentPassword: 'not-it-at-all',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.fields).toEqual({
      currentPassword: 'That is not your current password.',
    });
    const weak = await client.request('PUT', '/api/v1/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short',
    });
    expect(Object.keys(weak.json().error.fields)).toEqual(['newPassword']);

    const changed = await client.request('PUT', '/api/v1/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/v1/me')).statusCode).toBe(401);
    await expect(
      signIn(t.app, w.tenant.slug, learner.email ?? '', TEST_PASSWORD),
    ).rejects.toThrow();
    await signIn(t.app, w.tenant.slug, learner.email ?? '', NEW_PASSWORD);
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'password_changed'));
    expect(audits.map((entry) => entry.entityId)).toContain(String(learner.id));
  });

  it('stops guessing the current password after a few tries (429)', async () => {
    const learner = await buildLearner(t.db, w.tenant, [w.right]);
    const client = await signInAs(t, w.tenant, learner);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt++)
      statuses.push(
        (
          await client.request('PUT', '/api/v1/me/password', {
            currentPassword: `guess-${attempt}`,
            newPassword: NEW_PASSWORD,
          })
        ).statusCode,
      );
    expect(statuses.slice(0, 5)).toEqual([422, 422, 422, 422, 422]);
    expect(statuses.at(-1)).toBe(429);
  });

  it('refuses API keys and nobody signed in', async () => {
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/password',
      payload: { currentPassword: 'x', newPassword: NEW_PASSWORD },
    });
    expect(response.statusCode).toBe(401);
  });
});
