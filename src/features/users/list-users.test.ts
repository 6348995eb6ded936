import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  buildAdmin,
  buildEmployer,
  buildGroup,
  buildLearner,
  buildTenant,
} from '../../../test/support/factories.js';

let t: TestApp;
let admin: Client;
let leftAdmin: Client;
let ids: Record<string, number> = {};

beforeAll(async () => {
  t = await startTestApp();
  const tenant = await buildTenant(t.db);
  const root = await buildGroup(t.db, tenant, 'College');
  const left = await buildGroup(t.db, tenant, 'Left', root);
  const leftChild = await buildGroup(t.db, tenant, 'Left child', left);
  const right = await buildGroup(t.db, tenant, 'Right', root);
  const other = await buildGroup(t.db, tenant, 'Elsewhere');
  const a = await buildAdmin(t.db, tenant, [root]);
  const l = await buildAdmin(t.db, tenant, [left]);
  const made = {
    zoe: await buildLearner(t.db, tenant, [leftChild], {
      firstName: 'Zoë',
      surname: 'Adams',
      email: 'zoe@example.test',
      extra: { caseOwnerId: l.id },
    }),
    bob: await buildLearner(t.db, tenant, [right], {
      firstName: 'Bob',
      surname: "O'Brien",
      email: 'bob@example.test',
      status: 'Invited',
    }),
    cat: await buildLearner(t.db, tenant, [left], {
      firstName: 'Cat',
      surname: 'Cole',
      email: 'cat_1@example.test',
      status: 'Archived',
    }),
    dan: await buildLearner(t.db, tenant, [other], {
      firstName: 'Dan',
      surname: 'Dunn',
      email: 'dan@example.test',
    }),
    emp: await buildEmployer(t.db, tenant, [left], {
      firstName: 'Eve',
      surname: 'Employer',
      email: 'eve@example.test',
    }),
  };
  ids = Object.fromEntries(Object.entries(made).map(([k, v]) => [k, v.id]));
  ids.admin = a.id;
  ids.leftAdmin = l.id;
  ids.left = left.id;
  ids.root = root.id;
  admin = await signInAs(t, tenant, a);
  leftAdmin = await signInAs(t, tenant, l);
});
afterAll(() => t.close());

const names = async (client: Client, query: string) => {
  const response = await client.get(`/api/v1/users${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as { firstName: string }[]).map((user) => user.firstName);
};

describe('GET /users', () => {
  it('lists only users in groups the administrator can access (subtrees included), archived hidden by default', async () => {
    expect(await names(admin, '?type=learner')).toEqual(['Zoë', 'Bob']);
    expect(await names(leftAdmin, '?q=example.test')).toEqual(['Zoë', 'Eve']);
    expect((await leftAdmin.get(`/api/v1/users/${ids.bob}`)).statusCode).toBe(404);
  });

  it('filters by name or email, exact email, type, status, group (subtree) and case owner', async () => {
    expect(await names(admin, '?q=o%27brien')).toEqual(['Bob']);
    expect(await names(admin, '?q=ZOE%40')).toEqual(['Zoë']);
    expect(await names(admin, '?email=BOB@example.test')).toEqual(['Bob']);
    expect(await names(admin, '?type=employer')).toEqual(['Eve']);
    expect(await names(admin, '?status=Archived')).toEqual(['Cat']);
    expect(await names(admin, `?groupId=${ids.left}&type=learner`)).toEqual(['Zoë']);
    expect(await names(admin, `?caseOwnerId=${ids.admin}`)).toEqual(['Bob']);
    expect(await names(admin, `?caseOwnerId=${ids.leftAdmin}`)).toEqual(['Zoë']);
  });

  it('treats % and _ in the search as plain characters', async () => {
    expect(await names(admin, '?q=%25')).toEqual([]);
    expect(await names(admin, '?status=Archived&q=t_1')).toEqual(['Cat']);
    expect(await names(admin, '?status=Archived&q=tx1')).toEqual([]);
  });

  it('sorts by surname without regard to case, either way, and pages', async () => {
    expect(await names(admin, '?type=learner&sort=name')).toEqual(['Zoë', 'Bob']);
    expect(await names(admin, '?type=learner&sort=name&order=desc')).toEqual(['Bob', 'Zoë']);
    expect(await names(admin, '?sort=email&q=example.test')).toEqual(['Bob', 'Eve', 'Zoë']);
    const page = await admin.get('/api/v1/users?pageSize=1&page=2&sort=email&q=example.test');
    expect(page.json()).toMatchObject({ page: 2, pageSize: 1, total: 3 });
    expect(page.json().items.map((u: { firstName: string }) => u.firstName)).toEqual(['Eve']);
  });

  it('names the parameter that is wrong', async () => {
    const bad = await admin.get('/api/v1/users?status=Happy&pageSize=1000');
    expect(bad.statusCode).toBe(422);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['pageSize', 'status']);
  });

  it('counts visible users by status for the overview, per group', async () => {
    const all = (await admin.get('/api/v1/users/overview')).json();
    expect(all.byType).toEqual({ learner: 2, employer: 1, admin: 2 });
    expect(all.invitedUsers).toBe(1);
    expect(all.byStatus.Archived).toBe(1);
    // By type leaves archived users out, as the Users grid does by default.
    const total = (counts: Record<string, number>) =>
      Object.values(counts).reduce((sum, n) => sum + n, 0);
    expect(total(all.byType)).toBe(total(all.byStatus) - all.byStatus.Archived);
    const left = (await leftAdmin.get(`/api/v1/users/overview?groupId=${ids.left}`)).json();
    expect(left.byType).toEqual({ learner: 1, employer: 1, admin: 1 });
    expect(left.byStatus.Archived).toBe(1);
  });

  it('sends the allowed actions with each record', async () => {
    const response = await admin.get(`/api/v1/users/${ids.bob}`);
    expect(response.json().actions).toEqual({
      edit: true,
      invite: true,
      unlock: false,
      resetPassword: false,
      message: true,
      status: ['cancel', 'suspend', 'expire', 'archive'],
    });
    expect(response.json()).not.toHaveProperty('passwordHash');
  });
});
