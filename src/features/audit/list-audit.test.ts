/**
 * Issue 12, audit: GET /audit and its CSV — the list shape, the filters (user, action, actor,
 * days), before and after of each edit, no secret ever, and the break-ins: another tenant, a
 * user outside the caller's groups (404 when asked for, left out otherwise), tenant-wide
 * entries for full access only, and callers who are not administrators.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAccessCode } from '../../../test/support/access-codes.js';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildAdmin, buildLearner, buildWorld } from '../../../test/support/factories.js';
import { auditLog } from '../../db/schema.js';
import { isoDateInZone } from '../../domain/dates.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildWorld>>;
let admin: Client;
let leftAdmin: Client;
let otherAdmin: Client;
let support: Client;
let learnerClient: Client;
let inRight: Awaited<ReturnType<typeof buildLearner>>;
let inLeft: Awaited<ReturnType<typeof buildLearner>>;
const DAY = 86_400_000;

type Entry = {
  id: number;
  action: string;
  userId: number | null;
  actorId: number | null;
  actorName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

beforeAll(async () => {
  t = await startTestApp();
  world = await buildWorld(t.db);
  admin = await signInAs(t, world.tenant, world.admin);
  leftAdmin = await signInAs(t, world.tenant, world.leftAdmin);
  otherAdmin = await signInAs(t, world.other, world.otherAdmin);
  support = await signInAs(
    t,
    world.tenant,
    await buildAdmin(t.db, world.tenant, [], { role: 'support' }),
  );
  inRight = await buildLearner(t.db, world.tenant, [world.right], { firstName: 'Rhiannon' });
  inLeft = await buildLearner(t.db, world.tenant, [world.left], { firstName: 'Lowri' });
  learnerClient = await signInAs(
    t,
    world.tenant,
    await buildLearner(t.db, world.tenant, [world.left]),
  );
  const base = { tenantId: world.tenant.id, actorId: world.admin.id, entityType: 'user' };
  await t.db.insert(auditLog).values([
    {
      ...base,
      action: 'user_updated',
      entityId: String(inRight.id),
      before: { firstName: 'Rhian', mobile: null },
      after: { firstName: 'Rhiannon', mobile: '07700 900123' },
    },
    {
      ...base,
      action: 'account_activated',
      entityId: String(inRight.id),
      before: { passwordHash: '$argon2id$secret-hash' },
      after: { nested: { resetToken: 'tok-secret' }, subscriptionStatus: 'FullUser' },
    },
    {
      ...base,
      action: 'user_updated',
      entityId: String(inLeft.id),
      before: { surname: 'Old' },
      after: { surname: '=HYPERLINK("x")' },
    },
    { ...base, action: 'group_created', entityType: 'group', entityId: String(world.right.id) },
    {
      tenantId: world.other.id,
      actorId: world.otherAdmin.id,
      action: 'user_updated',
      entityType: 'user',
      entityId: String(world.otherAdmin.id),
      after: { firstName: 'Elsewhere' },
    },
  ]);
  // A real action, audited by its own use case.
  const suspended = await admin.request('POST', `/api/v1/users/${inLeft.id}/suspend`);
  expect(suspended.statusCode, suspended.body).toBe(200);
});
afterAll(() => t.close());

const list = async (client: Client, query = '') => {
  const answer = await client.get(`/api/v1/audit${query}`);
  expect(answer.statusCode, answer.body).toBe(200);
  return answer.json() as { items: Entry[]; total: number; page: number; pageSize: number };
};
const today = () => isoDateInZone(new Date(), 'Europe/London');

describe('GET /audit', () => {
  it("lists a user's entries, newest first, with before and after and who did it", async () => {
    const body = await list(admin, `?userId=${inRight.id}`);
    expect(body).toMatchObject({ total: 2, page: 1, pageSize: 10 });
    expect(body.items.map((entry) => entry.action)).toEqual(['account_activated', 'user_updated']);
    expect(body.items[1]).toMatchObject({
      userId: inRight.id,
      actorId: world.admin.id,
      actorName: expect.any(String),
      before: { firstName: 'Rhian', mobile: null },
      after: { firstName: 'Rhiannon', mobile: '07700 900123' },
    });
  });

  it('never returns a secret kept in an entry', async () => {
    const answer = await admin.get(`/api/v1/audit?userId=${inRight.id}&action=account_activated`);
    expect(answer.body).not.toMatch(/argon2|secret-hash|tok-secret|passwordHash|resetToken/);
    expect(answer.json().items[0].after).toEqual({ nested: {}, subscriptionStatus: 'FullUser' });
  });

  it('filters by action, actor and days', async () => {
    const suspends = await list(admin, '?action=user_suspend');
    expect(suspends.items.map((entry) => entry.userId)).toEqual([inLeft.id]);
    const edits = '?action=user_updated';
    expect((await list(admin, `${edits}&actorId=${world.leftAdmin.id}`)).total).toBe(0);
    expect((await list(admin, `${edits}&actorId=${world.admin.id}`)).total).toBe(2);
    expect((await list(admin, `${edits}&from=${today()}&to=${today()}`)).total).toBe(2);
    const tomorrow = isoDateInZone(new Date(Date.now() + DAY), 'Europe/London');
    expect((await list(admin, `?from=${tomorrow}`)).total).toBe(0);
    const oldestFirst = await list(admin, `?userId=${inRight.id}&order=asc&pageSize=2&page=1`);
    expect(oldestFirst.items.map((entry) => entry.action)).toEqual([
      'user_updated',
      'account_activated',
    ]);
  });

  it('refuses nonsense filters', async () => {
    for (const query of [
      '?userId=abc',
      '?action=DROP%20TABLE',
      '?from=31/12/2026',
      '?from=2026-12-02&to=2026-12-01',
      '?pageSize=1000',
    ])
      expect((await admin.get(`/api/v1/audit${query}`)).statusCode, query).toBe(422);
  });
});

describe('who sees which entries', () => {
  it('an administrator without the group: 404 for that user, and left out of the list', async () => {
    const answer = await leftAdmin.get(`/api/v1/audit?userId=${inRight.id}`);
    expect(answer.statusCode).toBe(404);
    expect(answer.json().error.code).toBe('not_found');
    const body = await list(leftAdmin);
    expect(body.total).toBeGreaterThan(0);
    const hidden = body.items.filter((entry) => entry.userId === inRight.id);
    expect(hidden).toEqual([]);
    expect(JSON.stringify(body)).not.toContain('Rhiannon');
  });

  it('tenant-wide entries (groups, settings) only with full access', async () => {
    expect((await list(admin, '?action=group_created')).total).toBe(1);
    expect((await list(leftAdmin, '?action=group_created')).total).toBe(0);
  });

  it('access-code entries to administrators of the code group', async () => {
    const row = await insertAccessCode(t.db, {
      tenantId: world.tenant.id,
      groupId: world.right.id,
    });
    const revoked = await admin.request('POST', '/api/v1/access-codes/revoke', { ids: [row.id] });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const seen = await list(admin, '?action=access_code_revoked');
    expect(seen.items[0]).toMatchObject({ userId: null, after: { code: row.code } });
    expect((await list(leftAdmin, '?action=access_code_revoked')).total).toBe(0);
  });

  it("another tenant's administrator sees none of this tenant", async () => {
    expect((await otherAdmin.get(`/api/v1/audit?userId=${inLeft.id}`)).statusCode).toBe(404);
    const body = await list(otherAdmin, '?action=user_updated');
    expect(body.items.map((entry) => entry.after?.firstName)).toEqual(['Elsewhere']);
    expect(await otherAdmin.get(`/api/v1/audit/export.csv?userId=${inRight.id}`)).toHaveProperty(
      'statusCode',
      404,
    );
  });

  it('platform support sees no group entries; learners and the signed-out are refused', async () => {
    expect((await list(support)).total).toBe(0);
    expect((await learnerClient.get('/api/v1/audit')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(401);
  });
});

describe('GET /audit/export.csv', () => {
  it('writes the filtered entries with dd/mm/yyyy dates, each change as before → after', async () => {
    const answer = await admin.get(`/api/v1/audit/export.csv?userId=${inLeft.id}`);
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^text\/csv/);
    expect(answer.body.startsWith('\ufeffDate,Time,Action,Done by')).toBe(true);
    const rows: string[][] = parse(answer.body, { bom: true, record_delimiter: '\r\n' });
    expect(rows).toHaveLength(3);
    const [day, month, year] = today().split('-').reverse();
    expect(rows[1]?.[0]).toBe(`${day}/${month}/${year}`);
    expect(rows[1]?.[2]).toBe('Suspended');
    const edit = rows[2] ?? [];
    expect(edit[2]).toBe('Details edited');
    expect(edit[5]).toContain('Lowri');
    expect(edit[7]).toBe('surname: Old → =HYPERLINK("x")');
  });
});
