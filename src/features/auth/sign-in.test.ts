import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  buildAdmin,
  buildGroup,
  buildLearner,
  buildTenant,
  TEST_PASSWORD,
} from '../../../test/support/factories.js';
import { auditLog, sessions, users } from '../../db/schema.js';
import { deleteExpiredSessions } from './delete-expired-sessions.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const attempt = (tenant: string, username: string, password: string, ip = '127.0.0.1') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { tenant, username, password },
    remoteAddress: ip,
  });

describe('sign-in', () => {
  it('signs in with username or email in any case, sets an httpOnly SameSite=Lax cookie and answers who', async () => {
    const tenant = await buildTenant(t.db);
    const group = await buildGroup(t.db, tenant);
    const admin = await buildAdmin(t.db, tenant, [group], { email: 'Mixed.Case@Example.test' });
    const response = await attempt(tenant.slug, 'MIXED.case@example.TEST', TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'roster_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const body = response.json();
    expect(body.user.id).toBe(admin.id);
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const who = await t.app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: { cookie: `roster_session=${cookie?.value}` },
    });
    expect(who.json().user.email).toBe('Mixed.Case@Example.test');
  });

  it('gives an unknown user and a wrong password the same answer', async () => {
    const tenant = await buildTenant(t.db);
    const group = await buildGroup(t.db, tenant);
    const admin = await buildAdmin(t.db, tenant, [group]);
    const wrong = await attempt(tenant.slug, admin.email ?? '', 'not-the-password');
    const unknown = await attempt(tenant.slug, 'nobody@example.test', 'not-the-password');
    const badTenant = await attempt('no-such-tenant', admin.email ?? '', TEST_PASSWORD);
    for (const response of [wrong, unknown, badTenant]) {
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('invalid_credentials');
    }
    expect(wrong.body).toBe(unknown.body);
  });

  it('locks the account at the tenant threshold, says so, and audits it; unlocks only by an administrator', async () => {
    const tenant = await buildTenant(t.db, { lockoutThreshold: 3 });
    const group = await buildGroup(t.db, tenant);
    const admin = await buildAdmin(t.db, tenant, [group]);
    const email = admin.email ?? '';
    expect((await attempt(tenant.slug, email, 'wrong-1')).statusCode).toBe(401);
    expect((await attempt(tenant.slug, email, 'wrong-2')).statusCode).toBe(401);
    const third = await attempt(tenant.slug, email, 'wrong-3');
    expect(third.statusCode).toBe(423);
    expect(third.json().error.code).toBe('account_locked');
    expect(third.json().error.message).toMatch(/locked/);
    const correct = await attempt(tenant.slug, email, TEST_PASSWORD);
    expect(correct.statusCode).toBe(423);
    const actions = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, tenant.id), eq(auditLog.entityId, String(admin.id))));
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['sign_in_failed', 'account_locked', 'sign_in_refused']),
    );
  });

  it('resets the failure counter on success', async () => {
    const tenant = await buildTenant(t.db, { lockoutThreshold: 3 });
    const group = await buildGroup(t.db, tenant);
    const admin = await buildAdmin(t.db, tenant, [group]);
    const email = admin.email ?? '';
    await attempt(tenant.slug, email, 'wrong');
    await attempt(tenant.slug, email, 'wrong');
    expect((await attempt(tenant.slug, email, TEST_PASSWORD)).statusCode).toBe(200);
    const [row] = await t.db
      .select({ failed: users.failedSignIns })
      .from(users)
      .where(eq(users.id, admin.id));
    expect(row?.failed).toBe(0);
    await attempt(tenant.slug, email, 'wrong');
    await attempt(tenant.slug, email, 'wrong');
    expect((await attempt(tenant.slug, email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses people who may not sign in (Prospect, Expired) without saying why to strangers', async () => {
    const tenant = await buildTenant(t.db);
    const group = await buildGroup(t.db, tenant);
    const prospect = await buildLearner(t.db, tenant, [group], { status: 'Prospect' });
    const response = await attempt(tenant.slug, prospect.email ?? '', TEST_PASSWORD);
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('invalid_credentials');
  });

  it('refuses an expired session, and the sweep clears expired sessions', async () => {
    const tenant = await buildTenant(t.db);
    const group = await buildGroup(t.db, tenant);
    const admin = await buildAdmin(t.db, tenant, [group]);
    const client = await signIn(t.app, tenant.slug, admin.email ?? '', TEST_PASSWORD);
    await t.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.userId, admin.id));
    expect((await client.get('/api/v1/users')).statusCode).toBe(401);
    await signIn(t.app, tenant.slug, admin.email ?? '', TEST_PASSWORD);
    expect(await deleteExpiredSessions(t.db)).toBeGreaterThanOrEqual(1);
    const left = await t.db.select().from(sessions).where(eq(sessions.userId, admin.id));
    expect(left).toHaveLength(1);
  });

  it('names the field when the body is incomplete', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { tenant: 'demo', username: 'x' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.fields.password).toBeTruthy();
  });

  it('signs out: the session no longer works, and sign-out needs the CSRF token', async () => {
    const tenant = await buildTenant(t.db);
    const group = await buildGroup(t.db, tenant);
    const admin = await buildAdmin(t.db, tenant, [group]);
    const client = await signIn(t.app, tenant.slug, admin.email ?? '', TEST_PASSWORD);
    const forged = await client.request('DELETE', '/api/v1/session', undefined, {
      'x-csrf-token': 'forged',
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('csrf_failed');
    expect((await client.request('DELETE', '/api/v1/session')).statusCode).toBe(204);
    expect((await client.get('/api/v1/users')).statusCode).toBe(401);
  });

  it('rate-limits repeated attempts at one username from one address (429), not other usernames', async () => {
    const ip = '192.0.2.10';
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push((await attempt('demo', 'flood@example.test', 'x', ip)).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const limited = await attempt('demo', 'flood@example.test', 'x', ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect((await attempt('demo', 'someone.else@example.test', 'x', ip)).statusCode).toBe(401);
  });
});
