/**
 * Issue 12, "Forgotten password": a single-use, expiring reset link, emailed through the outbox
 * to a real SMTP server; the same answer whether or not the account exists; an administrator
 * can send it too. Tries to break in: reuse, expiry, an older link, a SAML or archived account,
 * another tenant's administrator, a session left open by the old password.
 */
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextIp } from '../../../test/support/access-codes.js';
import {
  type Client,
  signIn,
  signInAs,
  startTestApp,
  type TestApp,
} from '../../../test/support/app.js';
import { buildLearner, buildWorld, TEST_PASSWORD } from '../../../test/support/factories.js';
import { startMailCatcher } from '../../../test/support/mail-catcher.js';
import { auditLog, outbox, users, userTokens } from '../../db/schema.js';
import { drainJobs } from '../../platform/jobs/worker.js';
import { createMailer } from '../../platform/mail/mailer.js';

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

const NEW_PASSWORD = 'Purple-lantern-73';
const post = (url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, payload, remoteAddress: nextIp() });
const ask = (tenant: string, username: string) =>
  post('/api/v1/password-reset', { tenant, username });
const confirm = (token: string, password = NEW_PASSWORD) =>
  post('/api/v1/password-reset/confirm', { token, password });

/** Sends what the outbox holds to the SMTP server and reads the reset link out of it. */
async function deliveredToken(to: string) {
  await drainJobs({ db: t.db, mailer: createMailer(catcher.url) });
  const mail = catcher.received.filter((m) => m.to.includes(to)).at(-1);
  if (!mail) throw new Error(`no mail received for ${to}`);
  const text = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /reset-password\?token=([\w%-]+)/.exec(text);
  if (!match?.[1]) throw new Error('no reset link in the mail');
  return decodeURIComponent(match[1]);
}

const mailsTo = (userId: number) =>
  t.db.select().from(outbox).where(eq(outbox.userId, userId)).orderBy(desc(outbox.id));

async function fullLearner(extra: Partial<typeof users.$inferInsert> = {}) {
  return buildLearner(t.db, world.tenant, [world.right], { extra });
}

describe('forgotten password', () => {
  it('emails a single-use link (stored hashed) that sets a new password and ends every session', async () => {
    const learner = await fullLearner();
    const email = learner.email ?? '';
    const oldSession = await signIn(t.app, world.tenant.slug, email, TEST_PASSWORD);
    expect((await ask(world.tenant.slug, email.toUpperCase())).statusCode).toBe(202);
    const token = await deliveredToken(email);
    const stored = await t.db.select().from(userTokens).where(eq(userTokens.userId, learner.id));
    expect(stored.map((row) => row.tokenHash)).not.toContain(token);

    const done = await confirm(token);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ tenant: world.tenant.slug });
    expect((await oldSession.get('/api/v1/session')).statusCode).toBe(401);
    await expect(signIn(t.app, world.tenant.slug, email, TEST_PASSWORD)).rejects.toThrow('401');
    await signIn(t.app, world.tenant.slug, email, NEW_PASSWORD);

    const again = await confirm(token, 'Another-kettle-55');
    expect(again.statusCode).toBe(422);
    expect(again.json()).toMatchObject({ error: { code: 'invalid_token' } });
    const audit = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, String(learner.id))));
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(['password_reset_sent', 'password_reset']),
    );
  });

  it('answers the same whether or not the account exists, and emails only a Full password user', async () => {
    const prospect = await buildLearner(t.db, world.tenant, [world.right], { status: 'Prospect' });
    const saml = await fullLearner({ authenticationType: 'saml', samlUniqueId: 'saml-1' });
    const archived = await buildLearner(t.db, world.tenant, [world.right], { status: 'Archived' });
    const answers = await Promise.all([
      ask(world.tenant.slug, 'nobody@nowhere.test'),
      ask('no-such-organisation', 'nobody@nowhere.test'),
      ask(world.tenant.slug, prospect.email ?? ''),
      ask(world.tenant.slug, saml.email ?? ''),
      ask(world.tenant.slug, archived.email ?? ''),
    ]);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(202);
      expect(answer.body).toBe('{}');
    }
    for (const user of [prospect, saml, archived]) expect(await mailsTo(user.id)).toEqual([]);
  });

  it('refuses an expired link, an older link replaced by a newer one, and a weak password', async () => {
    const learner = await fullLearner();
    const email = learner.email ?? '';
    await ask(world.tenant.slug, email);
    const older = await deliveredToken(email);
    await ask(world.tenant.slug, email);
    const newer = await deliveredToken(email);
    expect(newer).not.toBe(older);
    expect((await confirm(older)).json()).toMatchObject({ error: { code: 'invalid_token' } });

    const weak = await confirm(newer, 'short');
    expect(weak.statusCode).toBe(422);
    expect(weak.json()).toMatchObject({ error: { fields: { password: expect.any(String) } } });

    await t.db
      .update(userTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(userTokens.userId, learner.id));
    expect((await confirm(newer)).json()).toMatchObject({ error: { code: 'invalid_token' } });
    await signIn(t.app, world.tenant.slug, email, TEST_PASSWORD);
  });

  it('refuses a link whose account was archived after the email was sent', async () => {
    const learner = await fullLearner();
    await ask(world.tenant.slug, learner.email ?? '');
    const token = await deliveredToken(learner.email ?? '');
    await t.db
      .update(users)
      .set({ subscriptionStatus: 'Archived' })
      .where(eq(users.id, learner.id));
    expect((await confirm(token)).json()).toMatchObject({ error: { code: 'invalid_token' } });
  });

  it('lifts a lockout: the link proves the person holds the mailbox', async () => {
    const learner = await fullLearner({ lockedAt: new Date(), failedSignIns: 5 });
    await ask(world.tenant.slug, learner.email ?? '');
    expect((await confirm(await deliveredToken(learner.email ?? ''))).statusCode).toBe(200);
    const [row] = await t.db.select().from(users).where(eq(users.id, learner.id));
    expect(row?.lockedAt).toBeNull();
    await signIn(t.app, world.tenant.slug, learner.email ?? '', NEW_PASSWORD);
  });

  it('limits how often one account can be sent a link', async () => {
    const learner = await fullLearner();
    const answers = [];
    for (let i = 0; i < 4; i++)
      answers.push((await ask(world.tenant.slug, learner.email ?? '')).statusCode);
    expect(answers).toEqual([202, 202, 202, 429]);
  });
});

describe('an administrator sends the reset link', () => {
  it('emails the user they manage, saying the administrator asked', async () => {
    const learner = await fullLearner();
    const sent = await admin.request('POST', `/api/v1/users/${learner.id}/password-reset`);
    expect(sent.statusCode).toBe(202);
    const token = await deliveredToken(learner.email ?? '');
    const [mail] = await mailsTo(learner.id);
    expect(mail?.textBody).toContain('administrator asked');
    expect((await confirm(token)).statusCode).toBe(200);
  });

  it('refuses plainly when a link could not help, and hides users outside their groups', async () => {
    const prospect = await buildLearner(t.db, world.tenant, [world.right], { status: 'Prospect' });
    const saml = await fullLearner({ authenticationType: 'saml', samlUniqueId: 'saml-2' });
    for (const user of [prospect, saml]) {
      const refused = await admin.request('POST', `/api/v1/users/${user.id}/password-reset`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ error: { code: 'cannot_reset_password' } });
    }
    const learner = await fullLearner();
    const leftAdmin = await signInAs(t, world.tenant, world.leftAdmin);
    const hidden = await leftAdmin.request('POST', `/api/v1/users/${learner.id}/password-reset`);
    expect(hidden.statusCode).toBe(404);
    const otherAdmin = await signInAs(t, world.other, world.otherAdmin);
    expect(
      (await otherAdmin.request('POST', `/api/v1/users/${learner.id}/password-reset`)).statusCode,
    ).toBe(404);
    expect(await mailsTo(learner.id)).toEqual([]);
  });
});
