/**
 * Email and username share one namespace per tenant, held by the database (identity_keys and
 * its trigger on users), so no writer can break it: activation, Add user, a race of two
 * writers, a write that bypasses every rule.
 */
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityKeys, users } from '../../src/db/schema.js';
import { identityConflict, withIdentityKeys } from '../../src/platform/identity-conflict.js';
import { drainJobs } from '../../src/platform/jobs/worker.js';
import { createMailer } from '../../src/platform/mail/mailer.js';
import { type Client, signIn, signInAs, startTestApp, type TestApp } from '../support/app.js';
import { buildLearner, buildTenant, buildWorld } from '../support/factories.js';
import { activationToken, startMailCatcher } from '../support/mail-catcher.js';

let t: TestApp;
let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
let world: Awaited<ReturnType<typeof buildWorld>>;
let admin: Client;

beforeAll(async () => {
  catcher = await startMailCatcher();
  t = await startTestApp({ mailer: createMailer(catcher.url) });
  world = await buildWorld(t.db);
  admin = await signInAs(t, world.tenant, world.admin);
});
afterAll(async () => {
  await t.close();
  await catcher.close();
});

async function invite(userId: number) {
  const response = await admin.request('POST', `/api/v1/users/${userId}/invitation`);
  expect(response.statusCode).toBe(202);
  await drainJobs({ db: t.db, mailer: createMailer(catcher.url) });
  const mail = catcher.received.at(-1);
  if (!mail) throw new Error('no mail received');
  const token = activationToken(mail);
  if (!token) throw new Error('no activation link in the mail');
  return token;
}

const activate = (token: string, username: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/activation',
    payload: { token, username, password: 'Orange-kettle-99' },
  });

describe('one namespace for email and username', () => {
  it("refuses an activation that takes another account's email as username (the reproduced bug)", async () => {
    const alice = await buildLearner(t.db, world.tenant, [world.left], {
      email: 'alice@x.test',
      extra: { username: 'alice' },
    });
    const bob = await buildLearner(t.db, world.tenant, [world.left], {
      status: 'Prospect',
      email: 'bob@x.test',
    });
    const token = await invite(bob.id);
    for (const taken of ['alice@x.test', 'ALICE@X.TEST', 'Alice']) {
      const response = await activate(token, taken);
      expect(response.statusCode, response.body).toBe(422);
      expect(response.json().error.code).toBe('username_taken');
      expect(response.json().error.fields.username).toMatch(/taken/);
    }
    const [still] = await t.db.select().from(users).where(eq(users.id, bob.id));
    expect(still?.subscriptionStatus).toBe('Invited');
    // Signing in as alice@x.test still finds Alice, and Bob can activate with a free name.
    await signIn(t.app, world.tenant.slug, 'alice@x.test', alice.password);
    expect((await activate(token, 'bob')).statusCode).toBe(200);
    await signIn(t.app, world.tenant.slug, 'bob', 'Orange-kettle-99');
  });

  it("refuses Add user with an email that is another account's username", async () => {
    await buildLearner(t.db, world.tenant, [world.left], {
      email: 'carol.home@x.test',
      extra: { username: 'carol@x.test' },
    });
    const response = await admin.request('POST', '/api/v1/learners', {
      invite: false,
      firstName: 'Carol',
      surname: 'Second',
      gender: 'female',
      email: 'Carol@X.test',
      groupIds: [world.left.id],
    });
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json().error.fields.email).toMatch(/already registered/);
  });

  it('lets two creates of one email race: exactly one is created, the others are 422 on email', async () => {
    const body = (n: number) => ({
      invite: false,
      firstName: `Racer${n}`,
      surname: 'Same',
      gender: 'male',
      email: 'racer@x.test',
      groupIds: [world.left.id],
    });
    const answers = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((n) => admin.request('POST', '/api/v1/learners', body(n))),
    );
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses).toEqual([201, 422, 422, 422, 422, 422]);
    for (const answer of answers.filter((a) => a.statusCode === 422)) {
      expect(['validation_failed', 'email_taken']).toContain(answer.json().error.code);
      expect(answer.json().error.fields.email).toBeTruthy();
    }
    const rows = await t.db.select().from(identityKeys).where(eq(identityKeys.key, 'racer@x.test'));
    expect(rows).toHaveLength(1);
  });

  it('refuses a raw write that bypasses every rule, in the database, by the exact constraint', async () => {
    await buildLearner(t.db, world.tenant, [world.left], {
      email: 'dora@x.test',
      extra: { username: 'dora' },
    });
    const raw = (email: string, username: string) =>
      t.db.insert(users).values({
        tenantId: world.tenant.id,
        type: 'learner',
        email,
        username,
        firstName: 'Raw',
        surname: 'Insert',
      });
    const asEmail = await raw('DORA', 'dora.two').catch((error: unknown) => error);
    expect(identityConflict(asEmail)).toMatchObject({
      code: 'email_taken',
      status: 422,
      fields: { email: expect.any(String) },
    });
    const asUsername = await raw('dora.two@x.test', 'Dora@X.test').catch((e: unknown) => e);
    expect(identityConflict(asUsername)).toMatchObject({
      code: 'username_taken',
      status: 422,
      fields: { username: expect.any(String) },
    });
    await expect(withIdentityKeys(() => raw('dora@X.TEST', 'dora.three'))).rejects.toMatchObject({
      code: 'email_taken',
    });
    // Nothing was written by the refused statements.
    const doras = await t.db.select().from(users).where(eq(users.surname, 'Insert'));
    expect(doras).toHaveLength(0);
  });

  it('holds the namespace within one multi-row insert too (keys are added a statement at a time)', async () => {
    const row = (email: string, username: string | null) => ({
      tenantId: world.tenant.id,
      type: 'learner' as const,
      email,
      username,
      firstName: 'Many',
      surname: 'Rows',
    });
    // Two new users of one statement: the second's username is the first's email.
    const within = await t.db
      .insert(users)
      .values([row('fay@x.test', null), row('fay.two@x.test', 'FAY@x.test')])
      .catch((error: unknown) => error);
    expect(identityConflict(within)).toMatchObject({
      code: 'username_taken',
      fields: { username: expect.any(String) },
    });
    // A key an existing account holds, in the middle of a batch.
    await buildLearner(t.db, world.tenant, [world.left], { email: 'gil@x.test' });
    const held = await t.db
      .insert(users)
      .values([row('hal@x.test', null), row('GIL@x.test', null), row('ida@x.test', 'ida')])
      .catch((error: unknown) => error);
    expect(identityConflict(held)).toMatchObject({ code: 'email_taken' });
    expect(await t.db.select().from(users).where(eq(users.surname, 'Rows'))).toHaveLength(0);
    // A good batch gets every key, one for a username equal to the email.
    const made = await t.db
      .insert(users)
      .values([row('jo@x.test', 'JO@x.test'), row('kit@x.test', 'kit')])
      .returning({ id: users.id });
    const keys = await t.db
      .select()
      .from(identityKeys)
      .where(
        inArray(
          identityKeys.userId,
          made.map((m) => m.id),
        ),
      );
    expect(keys.map((k) => `${k.kind}:${k.key}`).sort()).toEqual([
      'email:jo@x.test',
      'email:kit@x.test',
      'username:kit',
    ]);
  });

  it('frees a key when it changes, keeps one key for email = username, and is per tenant', async () => {
    const erin = await buildLearner(t.db, world.tenant, [world.left], { email: 'erin@x.test' });
    const keys = async (id: number) =>
      (await t.db.select().from(identityKeys).where(eq(identityKeys.userId, id)))
        .map((row) => `${row.kind}:${row.key}`)
        .sort();
    expect(await keys(erin.id)).toEqual(['email:erin@x.test']);
    await t.db
      .update(users)
      .set({ email: 'erin.new@x.test', username: 'Erin' })
      .where(eq(users.id, erin.id));
    expect(await keys(erin.id)).toEqual(['email:erin.new@x.test', 'username:erin']);
    // The old address is free again, and another tenant may use any of these.
    await buildLearner(t.db, world.tenant, [world.left], { email: 'erin@x.test' });
    const other = await buildTenant(t.db);
    await buildLearner(t.db, other, [], { email: 'erin.new@x.test' });
  });
});
