import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAccessCode } from '../../../test/support/access-codes.js';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildAdmin, buildGroup, buildTenant } from '../../../test/support/factories.js';

let t: TestApp;
let owner: Client;
let sibling: Client;
let outsider: Client;
const ids: Record<string, number> = {};
const codes: Record<string, string> = {};
const groupIds: Record<string, number> = {};
const DAY = 86_400_000;

beforeAll(async () => {
  t = await startTestApp();
  const tenant = await buildTenant(t.db);
  const hotel = await buildGroup(t.db, tenant, 'Hotel');
  const golf = await buildGroup(t.db, tenant, 'golf', hotel);
  const india = await buildGroup(t.db, tenant, 'India', golf);
  const foxtrot = await buildGroup(t.db, tenant, 'Foxtrot');
  Object.assign(groupIds, { hotel: hotel.id, golf: golf.id, india: india.id, foxtrot: foxtrot.id });
  const base = (group: { id: number }) => ({ tenantId: tenant.id, groupId: group.id });
  const future = new Date(Date.now() + 30 * DAY);
  const rows = {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    c1: await insertAccessCode(t.db, base(hotel), {
      description: 'Bravo',
      creatorEmail: 'Zed@x.test',
      issuedAt: new Date('2026-06-30T23:30:00Z'),
      expiresAt: future,
      activatedAt: new Date('2026-07-02T10:00:00Z'),
      registeredEmail: 'mia@example.test',
    }),
    c2: await insertAccessCode(t.db, base(golf), {
      description: 'alpha',
      creatorEmail: 'amy@x.test',
      issuedAt: new Date('2026-07-01T22:59:00Z'),
      expiresAt: future,
    }),
    c3: await insertAccessCode(t.db, base(india), {
      creatorEmail: 'amy@x.test',
      issuedAt: new Date('2026-07-02T12:00:00Z'),
      expiresAt: new Date(Date.now() - DAY),
    }),
    c4: await insertAccessCode(t.db, base(foxtrot), {
      description: 'charlie',
      creatorEmail: 'bob@x.test',
      issuedAt: new Date('2026-05-01T09:00:00Z'),
      expiresAt: future,
      activatedAt: new Date('2026-07-31T23:30:00Z'),
      registeredEmail: 'ann@example.test',
    }),
    c5: await insertAccessCode(t.db, base(foxtrot), {
      description: 'delta',
      issuedAt: new Date('2026-07-03T09:00:00Z'),
      expiresAt: future,
    }),
  };
  for (const [name, row] of Object.entries(rows)) {
    ids[name] = row.id;
    codes[name] = row.code;
  }
  const admin = await buildAdmin(t.db, tenant, [hotel, foxtrot]);
  const foxtrotAdmin = await buildAdmin(t.db, tenant, [foxtrot]);
  const other = await buildTenant(t.db);
  const otherRoot = await buildGroup(t.db, other, 'Hotel');
  await insertAccessCode(
    t.db,
    { tenantId: other.id, groupId: otherRoot.id },
    { code: rows.c1.code },
  );
  groupIds.other = otherRoot.id;
  owner = await signInAs(t, tenant, admin);
  sibling = await signInAs(t, tenant, foxtrotAdmin);
  outsider = await signInAs(t, other, await buildAdmin(t.db, other, [otherRoot]));
});
afterAll(() => t.close());

const names = (items: { id: number }[]) =>
  items.map((item) => Object.keys(ids).find((name) => ids[name] === item.id) ?? `id ${item.id}`);

async function list(query: string, client = owner) {
  const response = await client.get(`/api/v1/access-codes?pageSize=100&${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('the access codes grid', () => {
  it('orders by id ascending by default and presents each code with its group and status', async () => {
    const body = await list('');
    expect(names(body.items)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(body.total).toBe(5);
    expect(body.items[0]).toEqual({
      id: ids.c1,
      code: codes.c1,
      status: 'Activated',
      groupId: groupIds.hotel,
      groupName: 'Hotel',
      description: 'Bravo',
      registeredEmail: 'mia@example.test',
      registeredUserId: null,
      issuedAt: '2026-06-30T23:30:00.000Z',
      activatedAt: '2026-07-02T10:00:00.000Z',
      expiresAt: expect.stringMatching(/Z$/),
      revokedAt: null,
      creatorEmail: 'Zed@x.test',
    });
    expect(body.items.map((item: { status: string }) => item.status)).toEqual([
      'Activated',
      'NotActivated',
      'Expired',
      'Activated',
      'NotActivated',
    ]);
  });

  it('pages 10 at a time', async () => {
    const tenant = await buildTenant(t.db);
    const group = await buildGroup(t.db, tenant);
    for (let i = 0; i < 13; i++)
      await insertAccessCode(t.db, { tenantId: tenant.id, groupId: group.id });
    const client = await signInAs(t, tenant, await buildAdmin(t.db, tenant, [group]));
    const first = (await client.get('/api/v1/access-codes')).json();
    expect(first).toMatchObject({ total: 13, page: 1, pageSize: 10 });
    expect(first.items).toHaveLength(10);
    const second = (await client.get('/api/v1/access-codes?page=2')).json();
    expect(second.items).toHaveLength(3);
    expect(second.items[0].id).toBeGreaterThan(first.items[9].id);
  });

  it.each([
    ['code', ['c1', 'c2', 'c3', 'c4', 'c5'], ['c5', 'c4', 'c3', 'c2', 'c1']],
    ['status', ['c1', 'c4', 'c2', 'c5', 'c3'], ['c3', 'c5', 'c2', 'c4', 'c1']],
    ['registeredEmail', ['c4', 'c1', 'c2', 'c3', 'c5'], ['c1', 'c4', 'c5', 'c3', 'c2']],
    ['description', ['c2', 'c1', 'c4', 'c5', 'c3'], ['c5', 'c4', 'c1', 'c2', 'c3']],
    ['group', ['c4', 'c5', 'c2', 'c1', 'c3'], ['c3', 'c1', 'c2', 'c5', 'c4']],
    ['issuedAt', ['c4', 'c1', 'c2', 'c3', 'c5'], ['c5', 'c3', 'c2', 'c1', 'c4']],
    ['activatedAt', ['c1', 'c4', 'c2', 'c3', 'c5'], ['c4', 'c1', 'c5', 'c3', 'c2']],
    ['creatorEmail', ['c2', 'c3', 'c4', 'c1', 'c5'], ['c1', 'c4', 'c3', 'c2', 'c5']],
    ['id', ['c1', 'c2', 'c3', 'c4', 'c5'], ['c5', 'c4', 'c3', 'c2', 'c1']],
  ])('sorts by %s both ways, empty values last', async (sort, ascending, descending) => {
    // Codes are made in serial order, so their alphabetical order is their id order here.
    expect(names((await list(`sort=${sort}`)).items)).toEqual(ascending);
    expect(names((await list(`sort=${sort}&order=desc`)).items)).toEqual(descending);
  });

  it.each([
    [
      'code typed in lower case without its dash',
      () => `code=${codes.c1?.toLowerCase().replace('-', '')}`,
      ['c1'],
    ],
    ['part of a code', () => `code=${codes.c2?.slice(0, 7)}`, ['c2']],
    ['a group, with its subtree', () => `groupId=${groupIds.hotel}`, ['c1', 'c2', 'c3']],
    ['a nested group', () => `groupId=${groupIds.golf}`, ['c2', 'c3']],
    [
      'several groups',
      () => `groupId=${groupIds.golf}&groupId=${groupIds.foxtrot}`,
      ['c2', 'c3', 'c4', 'c5'],
    ],
    ["another tenant's group", () => `groupId=${groupIds.other}`, []],
    ['status Activated', () => 'status=Activated', ['c1', 'c4']],
    ['status NotActivated', () => 'status=NotActivated', ['c2', 'c5']],
    ['status Expired', () => 'status=Expired', ['c3']],
    ['issued from, a London day', () => 'issuedFrom=2026-07-01', ['c1', 'c2', 'c3', 'c5']],
    ['issued to, inclusive', () => 'issuedTo=2026-06-30', ['c4']],
    ['issued on one day', () => 'issuedFrom=2026-07-01&issuedTo=2026-07-01', ['c1', 'c2']],
    ['activated from', () => 'activatedFrom=2026-08-01', ['c4']],
    ['activated to', () => 'activatedTo=2026-07-31', ['c1']],
    ['creator email, any case, in part', () => 'creatorEmail=AMY', ['c2', 'c3']],
    ['creator email domain', () => 'creatorEmail=x.test', ['c1', 'c2', 'c3', 'c4']],
    ['status and group together', () => `status=Activated&groupId=${groupIds.foxtrot}`, ['c4']],
  ])('filters by %s', async (_what, query, expected) => {
    const body = await list(query());
    expect(names(body.items)).toEqual(expected);
    expect(body.total).toBe(expected.length);
  });

  it.each([
    ['status=Used', 'status'],
    ['issuedFrom=2026-13-01', 'issuedFrom'],
    ['issuedFrom=24/11/2026', 'issuedFrom'],
    ['activatedFrom=2026-07-02&activatedTo=2026-07-01', 'activatedTo'],
    ['sort=colour', 'sort'],
    ['pageSize=101', 'pageSize'],
  ])('refuses %s with a field error', async (query, field) => {
    const response = await owner.get(`/api/v1/access-codes?${query}`);
    expect(response.statusCode).toBe(422);
    expect(Object.keys(response.json().error.fields)).toContain(field);
  });
});

describe('who sees which codes', () => {
  it('shows an administrator only the codes of groups they can access', async () => {
    expect(names((await list('', sibling)).items)).toEqual(['c4', 'c5']);
    expect((await list(`groupId=${groupIds.hotel}`, sibling)).items).toEqual([]);
    expect((await list(`code=${codes.c1}`, sibling)).total).toBe(0);
  });

  it('shows another tenant only its own codes, even with the same code string', async () => {
    const body = await list(`code=${codes.c1}`, outsider);
    expect(body.total).toBe(1);
    expect(body.items[0].id).not.toBe(ids.c1);
    expect(body.items[0].registeredEmail).toBeNull();
    expect((await list(`groupId=${groupIds.hotel}`, outsider)).total).toBe(0);
  });

  it('asks for a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/access-codes' })).statusCode).toBe(
      401,
    );
  });
});
