import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  signIn,
  signInAs,
  startTestApp,
  type TestApp,
} from '../../../test/support/app.js';
import { buildLearner, buildWorld } from '../../../test/support/factories.js';
import { activationToken, startMailCatcher } from '../../../test/support/mail-catcher.js';
import { auditLog, users, userTokens } from '../../db/schema.js';
import { drainJobs } from '../../platform/jobs/worker.js';
import { createMailer } from '../../platform/mail/mailer.js';

let t: TestApp;
let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
let world: Awaited<ReturnType<typeof buildWorld>>;
let admin: Client;
const mailer = () => createMailer(catcher.url);

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

async function inviteAndCatch(userId: number) {
  const response = await admin.request('POST', `/api/v1/users/${userId}/invitation`);
  expect(response.statusCode).toBe(202);
  await drainJobs({ db: t.db, mailer: mailer() });
  const mail = catcher.received.at(-1);
  if (!mail) throw new Error('no mail received');
  return { response, mail, token: activationToken(mail) };
}

describe('invitation and activation', () => {
  it('emails a single-use link (stored hashed); activation sets the password and the learner signs in', async () => {
    const learner = await buildLearner(t.db, world.tenant, [world.left], {
      status: 'Prospect',
      email: 'pat.prospect@example.test',
    });
    const { response, mail, token } = await inviteAndCatch(learner.id);
    expect(response.json().subscriptionStatus).toBe('Invited');
    expect(mail.to).toEqual(['pat.prospect@example.test']);
    expect(mail.raw).toMatch(/Subject: Activate your Roster account/);
    expect(token).toBeTruthy();
    const stored = await t.db.select().from(userTokens).where(eq(userTokens.userId, learner.id));
    expect(stored.map((row) => row.tokenHash)).not.toContain(token);

    const preview = await t.app.inject({
      method: 'POST',
      url: '/api/v1/activation/preview',
      payload: { token },
    });
    expect(preview.json()).toEqual({
      firstName: 'Test',
      username: 'pat.prospect@example.test',
      tenant: world.tenant.slug,
    });
    const done = await t.app.inject({
      method: 'POST',
      url: '/api/v1/activation',
      payload: { token, username: 'pat.p', password: 'Orange-kettle-99' },
    });
    expect(done.statusCode).toBe(200);
    const [row] = await t.db.select().from(users).where(eq(users.id, learner.id));
    expect(row?.subscriptionStatus).toBe('FullUser');
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    await signIn(t.app, world.tenant.slug, 'pat.p', 'Orange-kettle-99');

    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/activation',
      payload: { token, password: 'Another-kettle-99' },
    });
    expect(again.statusCode).toBe(422);
    expect(again.json().error.code).toBe('invalid_token');
  });

  it('re-sending invalidates the older link', async () => {
    const learner = await buildLearner(t.db, world.tenant, [world.left], { status: 'Prospect' });
    const first = await inviteAndCatch(learner.id);
    const second = await inviteAndCatch(learner.id);
    expect(first.token).not.toBe(second.token);
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/v1/activation',
      payload: { token: first.token, password: 'Orange-kettle-99' },
    });
    expect(old.json().error.code).toBe('invalid_token');
    const fresh = await t.app.inject({
      method: 'POST',
      url: '/api/v1/activation',
      payload: { token: second.token, password: 'Orange-kettle-99' },
    });
    expect(fresh.statusCode).toBe(200);
  });

  it('refuses an expired link', async () => {
    const learner = await buildLearner(t.db, world.tenant, [world.left], { status: 'Prospect' });
    const { token } = await inviteAndCatch(learner.id);
    await t.db
      .update(userTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(userTokens.userId, learner.id));
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/activation',
      payload: { token, password: 'Orange-kettle-99' },
    });
    expect(response.json().error.code).toBe('invalid_token');
  });

  it('refuses a weak password and a taken username, naming the field, and changes nothing', async () => {
    const other = await buildLearner(t.db, world.tenant, [world.left], {
      email: 'taken@example.test',
    });
    const learner = await buildLearner(t.db, world.tenant, [world.left], { status: 'Prospect' });
    const { token } = await inviteAndCatch(learner.id);
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/v1/activation',
      payload: { token, password: 'short' },
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error.fields.password).toBeTruthy();
    const taken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/activation',
      payload: { token, username: other.username, password: 'Orange-kettle-99' },
    });
    expect(taken.json().error.fields.username).toMatch(/taken/);
    const [row] = await t.db.select().from(users).where(eq(users.id, learner.id));
    expect(row?.subscriptionStatus).toBe('Invited');
  });

  it('lists the emails sent to a user, and audits the invitation', async () => {
    const learner = await buildLearner(t.db, world.tenant, [world.left], { status: 'Prospect' });
    await inviteAndCatch(learner.id);
    const list = await admin.get(`/api/v1/users/${learner.id}/communications`);
    expect(list.json().items[0]).toMatchObject({
      subject: 'Activate your Roster account',
      status: 'sent',
      attempts: 1,
      nextAttemptAt: null,
      lastError: null,
    });
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'invitation_sent'), eq(auditLog.entityId, String(learner.id))),
      );
    expect(audit).toHaveLength(1);
  });

  it('shows a message waiting through an SMTP outage: tries, next try and why it failed', async () => {
    const learner = await buildLearner(t.db, world.tenant, [world.left], { status: 'Prospect' });
    await admin.request('POST', `/api/v1/users/${learner.id}/invitation`);
    await drainJobs({ db: t.db, mailer: createMailer('smtp://127.0.0.1:1') });
    const [mail] = (await admin.get(`/api/v1/users/${learner.id}/communications`)).json().items;
    expect(mail).toMatchObject({ status: 'pending', attempts: 1, sentAt: null });
    expect(mail.lastError).toMatch(/ECONNREFUSED/);
    expect(Date.parse(mail.nextAttemptAt)).toBeGreaterThan(Date.now());
  });

  it('unlocks a locked account', async () => {
    const learner = await buildLearner(t.db, world.tenant, [world.left], {
      extra: { lockedAt: new Date(), failedSignIns: 5 },
    });
    const response = await admin.request('POST', `/api/v1/users/${learner.id}/unlock`);
    expect(response.statusCode).toBe(200);
    await signIn(t.app, world.tenant.slug, learner.email ?? '', learner.password);
    const notLocked = await admin.request('POST', `/api/v1/users/${learner.id}/unlock`);
    expect(notLocked.statusCode).toBe(409);
  });
});
