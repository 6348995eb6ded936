/** POST, PATCH and DELETE /programmes: the set-up rules, and every way in that must stay shut. */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildAdmin, buildLearner, buildWorld } from '../../../test/support/factories.js';
import { auditLog, programmeGroups, programmes } from '../../db/schema.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
let full: Client;
let left: Client;
let other: Client;
let learner: Client;
let support: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t.db);
  full = await signInAs(t, w.tenant, w.admin);
  left = await signInAs(t, w.tenant, w.leftAdmin);
  other = await signInAs(t, w.other, w.otherAdmin);
  learner = await signInAs(t, w.tenant, await buildLearner(t.db, w.tenant, [w.left]));
  support = await signInAs(
    t,
    w.tenant,
    await buildAdmin(t.db, w.tenant, [w.root], { role: 'support' }),
  );
});
afterAll(() => t.close());

let n = 0;
const body = (extra: Record<string, unknown> = {}) => ({
  name: `Programme ${++n}`,
  type: 'delivery',
  groupIds: [w.right.id],
  ...extra,
});
const create = async (extra: Record<string, unknown> = {}, client = full) => {
  const response = await client.request('POST', '/api/v1/programmes', body(extra));
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
};
const fields = (response: { json(): { error: { fields: Record<string, string> } } }) =>
  response.json().error.fields;

describe('POST /programmes', () => {
  it('adds a programme with its groups, template, advice packs and custom fields', async () => {
    const programme = await create({
      name: '  Software Developer L4 ',
      groupIds: [w.right.id, w.left.id, w.right.id],
      referenceTemplate: { prefix: 'SD-', digits: 4 },
      advicePacks: ['standard', 'professional'],
      defaultAdvicePack: 'professional',
      customFields: [
        { label: 'Unique learner number', kind: 'text', mandatory: true },
        { label: 'Start date', kind: 'date' },
        { label: 'Shift', kind: 'choice', options: [' Early', 'Late', 'Early', ''] },
      ],
    });
    expect(programme).toMatchObject({
      name: 'Software Developer L4',
      type: 'delivery',
      groupIds: [w.left.id, w.right.id].sort((a, b) => a - b),
      offeredOutsideAccess: false,
      referenceTemplate: { prefix: 'SD-', digits: 4 },
      advicePacks: ['standard', 'professional'],
      defaultAdvicePack: 'professional',
      learnerCount: 0,
      version: 1,
      actions: { update: true, delete: true },
    });
    expect(programme.customFields).toEqual([
      {
        key: 'unique-learner-number',
        label: 'Unique learner number',
        kind: 'text',
        options: [],
        mandatory: true,
      },
      { key: 'start-date', label: 'Start date', kind: 'date', options: [], mandatory: false },
      {
        key: 'shift',
        label: 'Shift',
        kind: 'choice',
        options: ['Early', 'Late'],
        mandatory: false,
      },
    ]);
    const listed = (await full.get('/api/v1/programmes')).json().items;
    expect(listed.map((p: { id: number }) => p.id)).toContain(programme.id);
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.entityType, 'programme'), eq(auditLog.entityId, String(programme.id))),
      );
    expect(audit?.action).toBe('programme_created');
  });

  it('takes a single pack as the default, and no packs as advice off', async () => {
    expect(await create({ advicePacks: ['standard'] })).toMatchObject({
      advicePacks: ['standard'],
      defaultAdvicePack: 'standard',
    });
    expect(await create()).toMatchObject({ advicePacks: [], defaultAdvicePack: null });
  });

  it('names every problem of the request at once (422)', async () => {
    const response = await full.request('POST', '/api/v1/programmes', {
      name: '  ',
      type: 'delivery',
      groupIds: [],
      referenceTemplate: { prefix: 'SD 1', digits: 0 },
      advicePacks: ['standard', 'professional'],
      customFields: [
        { label: 'Shift', kind: 'choice', options: [] },
        { label: 'shift', kind: 'text' },
        { label: '', kind: 'date' },
        { key: 'made-up', label: 'Level', kind: 'text' },
      ],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('validation_failed');
    expect(fields(response)).toEqual({
      name: 'Enter the programme name.',
      groupIds: 'Choose at least one group to offer it on.',
      'referenceTemplate.prefix':
        'The prefix can hold letters, digits and - _ / . only (no spaces).',
      'referenceTemplate.digits': 'The number of digits is a whole number from 1 to 12.',
      defaultAdvicePack: 'Choose which of the programme’s packs is the default.',
      'customFields.0.options': 'Give a choice field at least one option.',
      'customFields.1.label': "Another field is already called 'shift'.",
      'customFields.2.label': 'Enter the field name.',
      'customFields.3.key':
        'This is not a field of the programme: leave the key out for a new one.',
    });
  });

  it('refuses a prefix too long, too many digits, a default not offered, a taken name', async () => {
    const response = await full.request(
      'POST',
      '/api/v1/programmes',
      body({
        referenceTemplate: { prefix: 'A'.repeat(21), digits: 13 },
        advicePacks: ['standard'],
        defaultAdvicePack: 'professional',
      }),
    );
    expect(fields(response)).toEqual({
      'referenceTemplate.prefix': 'The prefix can be at most 20 characters long.',
      'referenceTemplate.digits': 'The number of digits is a whole number from 1 to 12.',
      defaultAdvicePack: 'The default pack must be one of the programme’s packs.',
    });
    const first = await create({ name: 'Care Worker' });
    const again = await full.request('POST', '/api/v1/programmes', body({ name: 'CARE worker' }));
    expect(again.statusCode).toBe(422);
    expect(fields(again)).toEqual({ name: "A programme called 'CARE worker' already exists." });
    expect(first.name).toBe('Care Worker');
  });

  it('offers only on groups within the caller’s access, never another tenant’s', async () => {
    for (const groupId of [w.right.id, w.root.id, w.otherRoot.id, 999999]) {
      const response = await left.request(
        'POST',
        '/api/v1/programmes',
        body({ groupIds: [groupId] }),
      );
      expect(response.statusCode, String(groupId)).toBe(422);
      expect(fields(response).groupIds).toBe(
        `You cannot offer the programme on the group with ID ${groupId}: it is not within your access.`,
      );
    }
    const response = await other.request('POST', '/api/v1/programmes', body());
    expect(response.statusCode).toBe(422);
    expect(await create({ groupIds: [w.left.id] }, left)).toMatchObject({ groupIds: [w.left.id] });
  });

  it('is refused to a learner (403), platform support (403) and anyone signed out (401)', async () => {
    expect((await learner.request('POST', '/api/v1/programmes', body())).statusCode).toBe(403);
    expect((await support.request('POST', '/api/v1/programmes', body())).statusCode).toBe(403);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/programmes', payload: body() });
    expect(out.statusCode).toBe(401);
  });
});

describe('GET /programmes', () => {
  it('lists only programmes offered on a group the caller can access, saying what they may do', async () => {
    const onRight = await create();
    const shared = await create({ groupIds: [w.left.id, w.right.id] });
    const items = (await left.get('/api/v1/programmes')).json().items;
    const ids = items.map((p: { id: number }) => p.id);
    expect(ids).not.toContain(onRight.id);
    expect(items.find((p: { id: number }) => p.id === shared.id)).toMatchObject({
      groupIds: [w.left.id],
      offeredOutsideAccess: true,
      actions: { update: false, delete: false },
    });
    expect((await other.get('/api/v1/programmes')).json().items).toEqual([]);
    expect((await learner.get('/api/v1/programmes')).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/programmes' })).statusCode).toBe(401);
  });
});

describe('PATCH /programmes/:id', () => {
  it('changes what is sent, keeps custom field keys, and bumps the version', async () => {
    const programme = await create({
      customFields: [{ label: 'Level', kind: 'choice', options: ['2', '3'] }],
    });
    const response = await full.request('PATCH', `/api/v1/programmes/${programme.id}`, {
      version: 1,
      name: 'Renamed',
      groupIds: [w.left.id],
      referenceTemplate: { prefix: 'RN/', digits: 6 },
      customFields: [
        { key: 'level', label: 'Level reached', kind: 'choice', options: ['2', '3', '4'] },
        { label: 'Level', kind: 'text', mandatory: true },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      name: 'Renamed',
      type: 'delivery',
      groupIds: [w.left.id],
      referenceTemplate: { prefix: 'RN/', digits: 6 },
      version: 2,
      customFields: [
        { key: 'level', label: 'Level reached', options: ['2', '3', '4'] },
        { key: 'level-2', label: 'Level', kind: 'text', mandatory: true },
      ],
    });
    const offers = await t.db
      .select()
      .from(programmeGroups)
      .where(eq(programmeGroups.programmeId, programme.id));
    expect(offers.map((o) => o.groupId)).toEqual([w.left.id]);
    const cleared = await full.request('PATCH', `/api/v1/programmes/${programme.id}`, {
      version: 2,
      referenceTemplate: null,
    });
    expect(cleared.json()).toMatchObject({ referenceTemplate: null, name: 'Renamed', version: 3 });
  });

  it('answers a stale version with 409 version_conflict', async () => {
    const programme = await create();
    const path = `/api/v1/programmes/${programme.id}`;
    expect((await full.request('PATCH', path, { version: 1, name: 'One' })).statusCode).toBe(200);
    const stale = await full.request('PATCH', path, { version: 1, name: 'Two' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
  });

  it('refuses a type change while learners are on it', async () => {
    const programme = await create({ groupIds: [w.left.id] });
    await buildLearner(t.db, w.tenant, [w.left], { extra: { targetProgrammeId: programme.id } });
    const response = await full.request('PATCH', `/api/v1/programmes/${programme.id}`, {
      version: 1,
      type: 'application',
    });
    expect(response.statusCode).toBe(422);
    expect(fields(response)).toEqual({
      type: 'The type cannot change while learners are on the programme (1).',
    });
  });

  it('hides a programme outside the caller’s groups or tenant (404) and keeps shared ones (403)', async () => {
    const onRight = await create();
    const shared = await create({ groupIds: [w.left.id, w.right.id] });
    const patch = (client: Client, id: number) =>
      client.request('PATCH', `/api/v1/programmes/${id}`, { version: 1, name: 'Hijacked' });
    expect((await patch(left, onRight.id)).statusCode).toBe(404);
    expect((await patch(other, onRight.id)).statusCode).toBe(404);
    const refused = await patch(left, shared.id);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain('also offered on groups outside your access');
    expect((await patch(learner, onRight.id)).statusCode).toBe(403);
    expect((await patch(support, onRight.id)).statusCode).toBe(403);
    const out = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/programmes/${onRight.id}`,
      payload: { version: 1, name: 'Hijacked' },
    });
    expect(out.statusCode).toBe(401);
    // The left administrator may not widen their own programme beyond their access either.
    const own = await create({ groupIds: [w.left.id] }, left);
    const widened = await left.request('PATCH', `/api/v1/programmes/${own.id}`, {
      version: 1,
      groupIds: [w.left.id, w.right.id],
    });
    expect(widened.statusCode).toBe(422);
    const [row] = await t.db.select().from(programmes).where(eq(programmes.id, onRight.id));
    expect(row?.name).toBe(onRight.name);
  });
});

describe('DELETE /programmes/:id', () => {
  it('deletes a programme nobody is on, with its offers', async () => {
    const programme = await create();
    const response = await full.request('DELETE', `/api/v1/programmes/${programme.id}`);
    expect(response.statusCode, response.body).toBe(204);
    expect(await t.db.select().from(programmes).where(eq(programmes.id, programme.id))).toEqual([]);
    expect(
      await t.db
        .select()
        .from(programmeGroups)
        .where(eq(programmeGroups.programmeId, programme.id)),
    ).toEqual([]);
  });

  it('refuses while learners are on it, archived ones included (409 programme_in_use)', async () => {
    const programme = await create();
    await buildLearner(t.db, w.tenant, [w.right], {
      status: 'Archived',
      extra: { programmeId: programme.id },
    });
    const response = await full.request('DELETE', `/api/v1/programmes/${programme.id}`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'programme_in_use',
      message: `${programme.name} cannot be deleted: 1 learner is on it (archived learners count, as their records keep it). Stop offering it on its groups instead, so no new learner gets it.`,
    });
    const listed = (await full.get('/api/v1/programmes')).json().items;
    expect(listed.find((p: { id: number }) => p.id === programme.id)).toMatchObject({
      learnerCount: 1,
      actions: { update: true, delete: false },
    });
  });

  it('is not found outside the caller’s groups or tenant, refused to others', async () => {
    const programme = await create();
    const path = `/api/v1/programmes/${programme.id}`;
    expect((await left.request('DELETE', path)).statusCode).toBe(404);
    expect((await other.request('DELETE', path)).statusCode).toBe(404);
    expect((await learner.request('DELETE', path)).statusCode).toBe(403);
    expect((await support.request('DELETE', path)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url: path })).statusCode).toBe(401);
    expect(
      await t.db.select().from(programmes).where(eq(programmes.id, programme.id)),
    ).toHaveLength(1);
  });
});
