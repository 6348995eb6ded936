import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  buildEmployer,
  buildGroup,
  buildLearner,
  buildWorld,
} from '../../../test/support/factories.js';
import { users } from '../../db/schema.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t.db);
});
afterAll(() => t.close());

const emails = (response: { json(): { items: { email: string }[] } }) =>
  response
    .json()
    .items.map((item) => item.email)
    .sort();

describe('GET /me/learners (Managed by me)', () => {
  it('lists the learners an employer user manages or mentors, and nothing else', async () => {
    const boss = await buildEmployer(t.db, w.tenant, [w.right]);
    const managed = await buildLearner(t.db, w.tenant, [w.left], {
      email: 'managed@example.test',
      extra: { managerId: boss.id, subscriptionEndsOn: '2027-07-31' },
    });
    await buildLearner(t.db, w.tenant, [w.right], {
      email: 'mentored@example.test',
      extra: { mentorId: boss.id },
    });
    await buildLearner(t.db, w.tenant, [w.right], { email: 'same.group@example.test' });
    await buildLearner(t.db, w.tenant, [w.right], {
      email: 'archived@example.test',
      status: 'Archived',
      extra: { managerId: boss.id },
    });
    const client = await signInAs(t, w.tenant, boss);
    const response = await client.get('/api/v1/me/learners');
    expect(response.statusCode, response.body).toBe(200);
    expect(emails(response)).toEqual(['managed@example.test', 'mentored@example.test']);
    expect(response.json()).toMatchObject({ total: 2, page: 1, pageSize: 10 });
    const first = response.json().items.find((item: { id: number }) => item.id === managed.id);
    expect(first).toMatchObject({
      subscriptionStatus: 'FullUser',
      subscriptionEndsOn: '2027-07-31',
      links: ['manager'],
    });
    const paged = await client.get('/api/v1/me/learners?pageSize=1&page=2&sort=email&order=desc');
    expect(paged.json()).toMatchObject({ total: 2, items: [{ email: 'managed@example.test' }] });
    const found = await client.get('/api/v1/me/learners?q=mentored');
    expect(emails(found)).toEqual(['mentored@example.test']);
  });

  it('adds every learner of their groups and below with the View all role, none outside', async () => {
    const tenant = w.tenant;
    const root = await buildGroup(t.db, tenant, 'Site');
    const team = await buildGroup(t.db, tenant, 'Team', root);
    const elsewhere = await buildGroup(t.db, tenant, 'Elsewhere');
    const viewer = await buildEmployer(t.db, tenant, [root], {
      extra: { employerRoles: ['view_all_in_groups'] },
    });
    await buildLearner(t.db, tenant, [root], { email: 'in.site@example.test' });
    await buildLearner(t.db, tenant, [team], { email: 'in.team@example.test' });
    await buildLearner(t.db, tenant, [elsewhere], { email: 'outside@example.test' });
    const other = await buildGroup(t.db, w.other, 'Other site');
    await buildLearner(t.db, w.other, [other], { email: 'other.tenant@example.test' });
    const client = await signInAs(t, tenant, viewer);
    const response = await client.get('/api/v1/me/learners?pageSize=100');
    expect(emails(response)).toEqual(['in.site@example.test', 'in.team@example.test']);
    expect(response.json().items[0].links).toEqual(['group']);

    // Taking the role away takes effect at once, in the same session.
    await t.db.update(users).set({ employerRoles: [] }).where(eq(users.id, viewer.id));
    expect((await client.get('/api/v1/me/learners')).json().total).toBe(0);
  });

  it('is for employer users only: administrators and learners 403, signed out 401', async () => {
    const learner = await buildLearner(t.db, w.tenant, [w.right]);
    const callers: [Client, number][] = [
      [await signInAs(t, w.tenant, w.admin), 403],
      [await signInAs(t, w.tenant, learner), 403],
    ];
    for (const [client, status] of callers) {
      const response = await client.get('/api/v1/me/learners');
      expect(response.statusCode).toBe(status);
      expect(response.json().error.code).toBe('forbidden');
    }
    const signedOut = await t.app.inject({ method: 'GET', url: '/api/v1/me/learners' });
    expect(signedOut.statusCode).toBe(401);
  });
});
