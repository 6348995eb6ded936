/**
 * Self-registration and activation write through the learner write service (writeOwnAccount):
 * the same person and identity rules, with the same messages, as Add user; the case owner of a
 * self-registered learner; the audit entry with the person as actor.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAccessCode, register } from '../../../test/support/access-codes.js';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  buildAdmin,
  buildGroup,
  buildLearner,
  buildTenant,
} from '../../../test/support/factories.js';
import { auditLog, users, userTokens } from '../../db/schema.js';
import { newSecret, sha256 } from '../../platform/tokens.js';

let t: TestApp;
let tenant: Awaited<ReturnType<typeof buildTenant>>;
let solo: Awaited<ReturnType<typeof buildGroup>>;
let shared: Awaited<ReturnType<typeof buildGroup>>;
let soloAdmin: Awaited<ReturnType<typeof buildAdmin>>;
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  tenant = await buildTenant(t.db, { name: 'Eastbrook Skills' });
  solo = await buildGroup(t.db, tenant, 'Solo');
  shared = await buildGroup(t.db, tenant, 'Shared');
  // Solo has exactly one eligible case owner; Shared has two (plus platform support, who never owns).
  soloAdmin = await buildAdmin(t.db, tenant, [solo, shared]);
  await buildAdmin(t.db, tenant, [shared]);
  await buildAdmin(t.db, tenant, [solo], { role: 'support' });
  admin = await signInAs(t, tenant, soloAdmin);
});
afterAll(() => t.close());

const code = async (groupId: number) =>
  (await insertAccessCode(t.db, { tenantId: tenant.id, groupId })).code;

const addUser = (body: Record<string, unknown>) =>
  admin.request('POST', '/api/v1/learners', {
    invite: false,
    firstName: 'Valid',
    surname: 'Person',
    gender: 'female',
    email: `added-${Math.random().toString(36).slice(2)}@example.test`,
    groupIds: [solo.id],
    ...body,
  });

describe('self-registration through the learner write service', () => {
  it('refuses a bad name and email with the rule and message Add user gives', async () => {
    const bad = {
      firstName: 'A'.repeat(51),
      surname: 'Smith\u200B',
      email: 'jo@@example.test',
    };
    const registered = await register(t.app, tenant.slug, {
      accessCode: await code(solo.id),
      ...bad,
    });
    const added = await addUser(bad);
    expect(registered.statusCode, registered.body).toBe(422);
    expect(added.statusCode, added.body).toBe(422);
    const fields = registered.json().error.fields;
    expect(fields).toEqual({
      firstName: 'The first name can be at most 50 characters long.',
      surname: expect.stringMatching(/invisible character/),
      email: expect.any(String),
    });
    for (const field of ['firstName', 'surname', 'email'])
      expect(fields[field]).toBe(added.json().error.fields[field]);
  });

  it("refuses an email that is another account's username (one namespace), leaving the code unused", async () => {
    await buildLearner(t.db, tenant, [solo], {
      email: 'home.of.kim@example.test',
      extra: { username: 'Kim@Example.test' },
    });
    const accessCode = await code(solo.id);
    const response = await register(t.app, tenant.slug, { accessCode, email: 'kim@example.TEST' });
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'email_taken',
      fields: { email: expect.stringMatching(/already has an account/) },
    });
    const again = await register(t.app, tenant.slug, { accessCode, email: 'kim.new@example.test' });
    expect(again.statusCode, again.body).toBe(201);
  });

  it('gives the learner the one eligible case owner of the code’s group, audited with the person as actor', async () => {
    const response = await register(t.app, tenant.slug, { accessCode: await code(solo.id) });
    expect(response.statusCode, response.body).toBe(201);
    const id = response.json().id;
    const [row] = await t.db.select().from(users).where(eq(users.id, id));
    expect(row).toMatchObject({ caseOwnerId: soloAdmin.id, subscriptionStatus: 'FullUser' });
    expect(row?.activatedAt).toBeInstanceOf(Date);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'self_registered'), eq(auditLog.entityId, String(id))));
    expect(entry).toMatchObject({ actorId: id, tenantId: tenant.id });
    expect(entry?.after).toMatchObject({ groupIds: [solo.id], caseOwnerId: soloAdmin.id });
    expect(JSON.stringify(entry)).not.toMatch(/argon2|passwordHash/);
  });

  it('leaves the case owner empty when several qualify; the learner is still in the Users grid', async () => {
    const response = await register(t.app, tenant.slug, {
      accessCode: await code(shared.id),
      firstName: 'Ownerless',
    });
    expect(response.statusCode, response.body).toBe(201);
    const id = response.json().id;
    const [row] = await t.db.select().from(users).where(eq(users.id, id));
    expect(row?.caseOwnerId).toBeNull();
    const grid = await admin.get('/api/v1/users?q=Ownerless');
    expect(grid.statusCode).toBe(200);
    expect(grid.json().items.map((item: { id: number }) => item.id)).toEqual([id]);
  });
});

describe('activation through the learner write service', () => {
  async function invited(email: string) {
    const person = await buildLearner(t.db, tenant, [solo], { status: 'Invited', email });
    const token = newSecret();
    await t.db.insert(userTokens).values({
      tenantId: tenant.id,
      userId: person.id,
      purpose: 'activation',
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + 3600_000),
    });
    return { person, token };
  }
  const activate = (token: string, username: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/activation',
      payload: { token, username, password: 'Orange-kettle-99' },
    });

  it("refuses a username over the service's limit with its message, and changes nothing", async () => {
    const { person, token } = await invited('long.name@example.test');
    const response = await activate(token, 'x'.repeat(101));
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json().error.fields).toEqual({
      username: 'The username can be at most 100 characters long.',
    });
    const [row] = await t.db.select().from(users).where(eq(users.id, person.id));
    expect(row).toMatchObject({ subscriptionStatus: 'Invited', passwordHash: null });
  });

  it('writes the account once, moving Invited to Full user, audited with the person as actor', async () => {
    const { person, token } = await invited('act.ok@example.test');
    const response = await activate(token, 'Act.OK.Chosen');
    expect(response.statusCode, response.body).toBe(200);
    const [row] = await t.db.select().from(users).where(eq(users.id, person.id));
    expect(row).toMatchObject({
      subscriptionStatus: 'FullUser',
      username: 'Act.OK.Chosen',
      version: person.version + 1,
    });
    expect(row?.passwordHash).toBeTruthy();
    const entries = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(person.id)));
    expect(entries.map((entry) => entry.action)).toEqual(['account_activated']);
    expect(entries[0]).toMatchObject({
      actorId: person.id,
      before: { subscriptionStatus: 'Invited', username: 'act.ok@example.test' },
      after: { subscriptionStatus: 'FullUser', username: 'Act.OK.Chosen' },
    });
    expect(JSON.stringify(entries)).not.toMatch(/argon2|passwordHash/);
  });
});
