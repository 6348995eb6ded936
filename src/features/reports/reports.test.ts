/**
 * Issue 12, the Users overview's reports: every count equals the Users grid's total for the
 * same groups and status; an administrator counts only the groups they can access; the
 * activation report counts invitations and activations by day; the CSV files keep the file
 * rules (BOM, CRLF, dd/mm/yyyy, formulas neutralised).
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  buildAdmin,
  buildEmployer,
  buildGroup,
  buildLearner,
  buildWorld,
} from '../../../test/support/factories.js';
import { SUBSCRIPTION_STATUSES, users } from '../../db/schema.js';
import { formatUkDate, isoDateInZone } from '../../domain/dates.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildWorld>>;
let admin: Client;
let leftAdmin: Client;
let deep: Awaited<ReturnType<typeof buildGroup>>;

beforeAll(async () => {
  t = await startTestApp();
  world = await buildWorld(t.db);
  deep = await buildGroup(t.db, world.tenant, 'Left deep', world.left);
  let i = 0;
  for (const status of SUBSCRIPTION_STATUSES)
    for (const groups of [[world.left], [world.right], [deep]]) {
      i += 1;
      for (let n = 0; n <= i % 3; n += 1)
        await buildLearner(t.db, world.tenant, groups, { status });
    }
  await buildEmployer(t.db, world.tenant, [world.left, deep], { status: 'Invited' });
  await buildLearner(t.db, world.other, [world.otherRoot], { status: 'Invited' });
  admin = await signInAs(t, world.tenant, world.admin);
  leftAdmin = await signInAs(t, world.tenant, world.leftAdmin);
});
afterAll(() => t.close());

const gridTotal = async (client: Client, query: string) => {
  const reply = await client.get(`/api/v1/users?pageSize=1&${query}`);
  expect(reply.statusCode).toBe(200);
  return reply.json().total as number;
};

type GroupRow = { groupId: number; path: string; byStatus: Record<string, number>; total: number };

describe('groups report', () => {
  it('counts each group as the Users grid filtered by that group does, status by status', async () => {
    const reply = await admin.get('/api/v1/reports/groups');
    expect(reply.statusCode).toBe(200);
    const items: GroupRow[] = reply.json().items;
    expect(items.map((item) => item.path)).toEqual([
      'Root A',
      'Root A › Left',
      'Root A › Left › Left deep',
      'Root A › Right',
    ]);
    for (const item of items) {
      for (const status of SUBSCRIPTION_STATUSES)
        expect([item.path, status, item.byStatus[status]], `${item.path} ${status}`).toEqual([
          item.path,
          status,
          await gridTotal(admin, `groupId=${item.groupId}&status=${status}`),
        ]);
      expect(item.total).toBe(await gridTotal(admin, `groupId=${item.groupId}`));
    }
    // A user in a group and its subgroup counts once in the group above both.
    const left = items.find((item) => item.path === 'Root A › Left');
    expect(left?.byStatus.Invited).toBe(
      await gridTotal(admin, `groupId=${world.left.id}&status=Invited`),
    );
  });

  it('shows an administrator only the groups they can access, counting only users they see', async () => {
    const items: GroupRow[] = (await leftAdmin.get('/api/v1/reports/groups')).json().items;
    expect(items.map((item) => item.groupId)).toEqual([world.left.id, deep.id]);
    for (const item of items)
      expect(item.total).toBe(await gridTotal(leftAdmin, `groupId=${item.groupId}`));
    // Asking for a group beyond their access adds nothing of it.
    const asked = await leftAdmin.get(`/api/v1/reports/groups?groupId=${world.right.id}`);
    expect(asked.json().items).toEqual([]);
  });

  it('narrows to the chosen groups and their subgroups', async () => {
    const items: GroupRow[] = (
      await admin.get(`/api/v1/reports/groups?groupId=${world.left.id}`)
    ).json().items;
    expect(items.map((item) => item.groupId)).toEqual([world.left.id, deep.id]);
  });
});

describe('overview counts', () => {
  it('agree with the Users grid for the same groups', async () => {
    for (const [client, groups] of [
      [admin, ''],
      [admin, `groupId=${world.left.id}`],
      [admin, `groupId=${world.right.id}&groupId=${deep.id}`],
      [leftAdmin, ''],
      [leftAdmin, `groupId=${world.root.id}`],
    ] as const) {
      const overview = (await client.get(`/api/v1/users/overview?${groups}`)).json();
      for (const status of SUBSCRIPTION_STATUSES)
        expect(overview.byStatus[status], `${groups} ${status}`).toBe(
          await gridTotal(client, `${groups}&status=${status}`),
        );
      for (const type of ['learner', 'employer', 'admin'])
        expect(overview.byType[type]).toBe(await gridTotal(client, `${groups}&type=${type}`));
      expect(overview.activeUsers).toBe(await gridTotal(client, `${groups}&status=FullUser`));
    }
  });
});

describe('users report', () => {
  it('lists the grid’s users with their account dates, the same total', async () => {
    const reply = await admin.get(`/api/v1/reports/users?groupId=${world.left.id}&pageSize=100`);
    expect(reply.statusCode).toBe(200);
    const report = reply.json();
    expect(report.total).toBe(await gridTotal(admin, `groupId=${world.left.id}`));
    expect(report.items[0]).toMatchObject({ groups: expect.any(Array), activatedAt: null });
    const scoped = (await leftAdmin.get(`/api/v1/reports/users?groupId=${world.right.id}`)).json();
    expect(scoped.total).toBe(0);
  });
});

describe('activation report', () => {
  it('counts invitations and activations by day, and pending as the grid’s Invited', async () => {
    const prospect = await buildLearner(t.db, world.tenant, [world.right], { status: 'Prospect' });
    const invited = await admin.request('POST', `/api/v1/users/${prospect.id}/invitation`);
    expect(invited.statusCode).toBe(202);
    const activated = await buildLearner(t.db, world.tenant, [world.left]);
    await t.db.update(users).set({ activatedAt: new Date() }).where(eq(users.id, activated.id));
    const today = isoDateInZone(new Date());

    const report = (await admin.get('/api/v1/reports/activations')).json();
    expect(report.to).toBe(today);
    expect(report.days).toHaveLength(30);
    expect(report.days.at(-1)).toEqual({ date: today, invited: 1, activated: 1 });
    expect(report).toMatchObject({ invited: 1, activated: 1 });
    expect(report.pending).toBe(await gridTotal(admin, 'status=Invited'));

    const left = (await leftAdmin.get('/api/v1/reports/activations')).json();
    expect(left).toMatchObject({ invited: 0, activated: 1 });
    expect(left.pending).toBe(await gridTotal(leftAdmin, 'status=Invited'));
  });

  it('refuses a window backwards or longer than a year', async () => {
    const backwards = await admin.get('/api/v1/reports/activations?from=2026-02-01&to=2026-01-01');
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().error.fields.to).toBeDefined();
    const long = await admin.get('/api/v1/reports/activations.csv?from=2024-01-01&to=2026-01-01');
    expect(long.statusCode).toBe(422);
  });
});

describe('report files', () => {
  it('are CSV with a BOM, CRLF, dd/mm/yyyy dates and formulas neutralised', async () => {
    await buildLearner(t.db, world.tenant, [world.right], {
      firstName: '=HYPERLINK("x")',
      surname: 'Aardvark',
    });
    const file = await admin.get(`/api/v1/reports/users.csv?groupId=${world.right.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('text/csv');
    expect(file.headers['content-disposition']).toContain('roster-users-report.csv');
    const text = file.body;
    expect(text.startsWith('\uFEFFName,Email,Type,Subscription status,Groups,Created')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength((await gridTotal(admin, `groupId=${world.right.id}`)) + 2);
    expect(text).toContain(`"'=HYPERLINK(""x"") Aardvark"`);
    expect(text).toContain(formatUkDate(new Date()));

    const groups = (await admin.get('/api/v1/reports/groups.csv')).body;
    expect(groups.split('\r\n')[0]).toBe(
      '\uFEFFGroup,Group ID,Prospect,Invited,Full user,Expired,Cancelled,Archived,Total (archived left out)',
    );
    const activations = (
      await admin.get('/api/v1/reports/activations.csv?from=2026-01-30&to=2026-02-02')
    ).body.split('\r\n');
    expect(activations.slice(0, 3)).toEqual([
      '\uFEFFDate,Invitations sent,Activations',
      '30/01/2026,0,0',
      '31/01/2026,0,0',
    ]);
  });

  it('keep another tenant’s users out', async () => {
    const stranger = await buildAdmin(t.db, world.other, [world.otherRoot]);
    const other = await signInAs(t, world.other, stranger);
    const groups = (await other.get('/api/v1/reports/groups')).json().items;
    expect(groups.map((item: GroupRow) => item.groupId)).toEqual([world.otherRoot.id]);
    expect(
      (await other.get(`/api/v1/reports/users.csv?groupId=${world.left.id}`)).body,
    ).not.toContain('factory.test');
  });
});
