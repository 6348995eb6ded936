/**
 * Issue 8 item 5 (a): a locked person unlocks themselves with a single-use, expiring link
 * emailed through the outbox; asking answers 202 alike whether or not the account exists or is
 * locked, and is rate limited.
 */
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextIp } from '../../../test/support/access-codes.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  buildAdmin,
  buildGroup,
  buildLearner,
  buildTenant,
  TEST_PASSWORD,
} from '../../../test/support/factories.js';
import { auditLog, outbox, users, userTokens } from '../../db/schema.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const post = (url: string, payload: object, ip = nextIp()) =>
  t.app.inject({ method: 'POST', url, payload, remoteAddress: ip });
const signInAttempt = (tenant: string, username: string, password: string) =>
  post('/api/v1/session', { tenant, username, password });
const askForLink = (tenant: string, username: string, ip?: string) =>
  post('/api/v1/account-unlock', { tenant, username }, ip);
const confirm = (token: string) => post('/api/v1/account-unlock/confirm', { token });

async function lockedPerson() {
  const tenant = await buildTenant(t.db, { lockoutThreshold: 2 });
  const group = await buildGroup(t.db, tenant);
  const admin = await buildAdmin(t.db, tenant, [group]);
  const email = admin.email ?? '';
  await signInAttempt(tenant.slug, email, 'wrong-1');
  expect((await signInAttempt(tenant.slug, email, 'wrong-2')).statusCode).toBe(423);
  return { tenant, group, admin, email };
}

async function mailsTo(userId: number) {
  return t.db.select().from(outbox).where(eq(outbox.userId, userId)).orderBy(desc(outbox.id));
}

const tokenIn = (body: string) => /\/unlock\?token=([\w%-]+)/.exec(body)?.[1] ?? '';

describe('self-unlock by emailed link', () => {
  it('emails a single-use link (stored hashed) that lifts the lock; the person then signs in', async () => {
    const { tenant, admin, email } = await lockedPerson();
    const asked = await askForLink(tenant.slug, email.toUpperCase());
    expect(asked.statusCode).toBe(202);
    const [mail] = await mailsTo(admin.id);
    expect(mail?.subject).toBe('Unlock your Roster account');
    expect(mail?.toAddress).toBe(email);
    expect(mail?.textBody).toContain('http://roster.test/unlock?token=');
    const token = decodeURIComponent(tokenIn(mail?.textBody ?? ''));
    const stored = await t.db.select().from(userTokens).where(eq(userTokens.userId, admin.id));
    expect(stored.map((row) => row.tokenHash)).not.toContain(token);
    expect(stored[0]?.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 3600_000);

    const done = await confirm(token);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toEqual({ tenant: tenant.slug });
    expect((await signInAttempt(tenant.slug, email, TEST_PASSWORD)).statusCode).toBe(200);
    const again = await confirm(token);
    expect(again.statusCode).toBe(422);
    expect(again.json().error).toMatchObject({ code: 'invalid_token' });
    expect(again.json().error.fields.token).toBeTruthy();
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account_unlocked'), eq(auditLog.entityId, String(admin.id))));
    expect(audit.map((row) => row.after)).toEqual([{ via: 'emailed_link' }]);
  });

  it('answers 202 alike for unknown, unlocked, locked and archived names; mails only the locked one', async () => {
    const { tenant, group, admin, email } = await lockedPerson();
    const free = await buildLearner(t.db, tenant, [group]);
    const archived = await buildLearner(t.db, tenant, [group], {
      status: 'Archived',
      extra: { lockedAt: new Date() },
    });
    const answers = await Promise.all(
      [email, free.email ?? '', archived.email ?? '', 'nobody@example.test'].map((name) =>
        askForLink(tenant.slug, name),
      ),
    );
    const unknownTenant = await askForLink('no-such-organisation', email);
    for (const answer of [...answers, unknownTenant]) {
      expect(answer.statusCode).toBe(202);
      expect(answer.body).toBe('{}');
    }
    expect(await mailsTo(admin.id)).toHaveLength(1);
    expect(await mailsTo(free.id)).toHaveLength(0);
    expect(await mailsTo(archived.id)).toHaveLength(0);
  });

  it('keeps only the newest link valid, and refuses an expired one', async () => {
    const { tenant, admin, email } = await lockedPerson();
    await askForLink(tenant.slug, email);
    await askForLink(tenant.slug, email);
    const [newer, older] = await mailsTo(admin.id);
    const oldToken = decodeURIComponent(tokenIn(older?.textBody ?? ''));
    const newToken = decodeURIComponent(tokenIn(newer?.textBody ?? ''));
    expect((await confirm(oldToken)).json().error.code).toBe('invalid_token');
    await t.db
      .update(userTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(userTokens.userId, admin.id));
    expect((await confirm(newToken)).json().error.code).toBe('invalid_token');
    const [row] = await t.db.select().from(users).where(eq(users.id, admin.id));
    expect(row?.lockedAt).not.toBeNull();
  });

  it('limits asking: three links an hour for one name, ten requests per address', async () => {
    const { tenant, email } = await lockedPerson();
    const perName = [];
    for (let i = 0; i < 4; i++) perName.push((await askForLink(tenant.slug, email)).statusCode);
    expect(perName).toEqual([202, 202, 202, 429]);
    const ip = nextIp();
    const perAddress = [];
    for (let i = 0; i < 11; i++)
      perAddress.push((await askForLink(tenant.slug, `someone-${i}@example.test`, ip)).statusCode);
    expect(perAddress.slice(0, 10).every((s) => s === 202)).toBe(true);
    const limited = await askForLink(tenant.slug, 'another@example.test', ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
  });

  it('names the fields when the request is incomplete', async () => {
    const response = await post('/api/v1/account-unlock', { tenant: '' });
    expect(response.statusCode).toBe(422);
    expect(Object.keys(response.json().error.fields)).toEqual(
      expect.arrayContaining(['tenant', 'username']),
    );
  });
});
