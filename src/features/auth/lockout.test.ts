/**
 * Issue 8 items 5 (c, d), 6 and 9: the lock is taken and audited once however many failures
 * arrive together, an unknown name answers exactly as a known one, a tenant may let locks lift
 * by themselves, and an account that cannot sign in loses its sessions and keys at once.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextIp } from '../../../test/support/access-codes.js';
import { signIn, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  buildAdmin,
  buildGroup,
  buildLearner,
  buildTenant,
  TEST_PASSWORD,
} from '../../../test/support/factories.js';
import { auditLog, signInFailures, type tenants, users } from '../../db/schema.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const attempt = (tenant: string, username: string, password: string, ip = nextIp()) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { tenant, username, password },
    remoteAddress: ip,
  });

async function world(tenantValues: Partial<typeof tenants.$inferInsert> = {}) {
  const tenant = await buildTenant(t.db, { lockoutThreshold: 3, ...tenantValues });
  const group = await buildGroup(t.db, tenant);
  const admin = await buildAdmin(t.db, tenant, [group]);
  return { tenant, group, admin, email: admin.email ?? '' };
}

const auditCount = async (tenantId: number, action: string) => {
  const rows = await t.db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.action, action)));
  return rows[0]?.n ?? 0;
};

describe('lockout', () => {
  it('writes exactly one account_locked row when twelve failed sign-ins arrive at once', async () => {
    const { tenant, email } = await world();
    const responses = await Promise.all(
      Array.from({ length: 12 }, () => attempt(tenant.slug, email, 'wrong-password')),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(
      statuses.every((s) => s === 401 || s === 423),
      statuses.join(),
    ).toBe(true);
    expect(statuses.filter((s) => s === 423).length).toBeGreaterThanOrEqual(10);
    expect(await auditCount(tenant.id, 'account_locked')).toBe(1);
    expect(await auditCount(tenant.id, 'sign_in_failed')).toBeLessThanOrEqual(12);
  });

  it('answers an unknown username exactly as a known one, before and after the threshold', async () => {
    const { tenant, email } = await world();
    const known: string[] = [];
    const unknown: string[] = [];
    for (let i = 0; i < 5; i++) {
      const k = await attempt(tenant.slug, email, 'wrong-password');
      const u = await attempt(tenant.slug, 'nobody.here@example.test', 'wrong-password');
      known.push(`${k.statusCode} ${k.body}`);
      unknown.push(`${u.statusCode} ${u.body}`);
    }
    expect(unknown).toEqual(known);
    expect(known[2]).toMatch(/^423 .*"code":"account_locked"/);
    const right = await attempt(tenant.slug, email, TEST_PASSWORD);
    const anyPassword = await attempt(tenant.slug, 'NOBODY.here@example.test', TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(anyPassword.body).toBe(right.body);
  });

  it('lifts a lock by itself after the tenant minutes, audited once; never when switched off', async () => {
    const auto = await world({ autoUnlockMinutes: 15 });
    const never = await world();
    for (const w of [auto, never]) {
      for (let i = 0; i < 3; i++) await attempt(w.tenant.slug, w.email, 'wrong-password');
      for (let i = 0; i < 3; i++) await attempt(w.tenant.slug, 'ghost@example.test', 'wrong');
      expect((await attempt(w.tenant.slug, w.email, TEST_PASSWORD)).statusCode).toBe(423);
    }
    expect(
      (await attempt(auto.tenant.slug, auto.email, TEST_PASSWORD)).json().error.message,
    ).toMatch(/unlocks by itself 15 minutes after/);
    const past = new Date(Date.now() - 16 * 60_000);
    await t.db.update(users).set({ lockedAt: past }).where(sql`${users.lockedAt} is not null`);
    await t.db.update(signInFailures).set({ lockedAt: past });
    expect((await attempt(auto.tenant.slug, auto.email, TEST_PASSWORD)).statusCode).toBe(200);
    expect((await attempt(auto.tenant.slug, 'ghost@example.test', 'wrong')).statusCode).toBe(401);
    expect(await auditCount(auto.tenant.id, 'account_unlocked')).toBe(1);
    expect((await attempt(never.tenant.slug, never.email, TEST_PASSWORD)).statusCode).toBe(423);
    expect((await attempt(never.tenant.slug, 'ghost@example.test', 'wrong')).statusCode).toBe(423);
  });

  it('lets platform support set automatic unlock within 1 to 10,080 minutes, or switch it off', async () => {
    const { tenant, group } = await world();
    const support = await buildAdmin(t.db, tenant, [group], { role: 'support' });
    const client = await signInAs(t, tenant, support);
    const patch = (autoUnlockMinutes: unknown) =>
      client.request('PATCH', '/api/v1/tenant', { autoUnlockMinutes });
    for (const bad of [0, 10_081, 2.5, 'ten']) {
      const response = await patch(bad);
      expect(response.statusCode, String(bad)).toBe(422);
      expect(response.json().error.fields.autoUnlockMinutes).toBeTruthy();
    }
    expect((await patch(30)).json().autoUnlockMinutes).toBe(30);
    expect((await patch(null)).json().autoUnlockMinutes).toBeNull();
  });
});

describe('sessions and API keys of an account that cannot sign in', () => {
  async function signedInWithKey() {
    const w = await world();
    const learner = await buildLearner(t.db, w.tenant, [w.group]);
    const client = await signIn(t.app, w.tenant.slug, w.email, TEST_PASSWORD);
    const key = (await client.request('POST', '/api/v1/api-keys', { name: 'sync' })).json().key;
    const version = (await client.get(`/api/v1/users/${learner.id}`)).json().version;
    const patch = () =>
      client.request('PATCH', `/api/v1/users/${learner.id}`, { version, firstName: 'Changed' });
    const viaKey = () =>
      t.app.inject({
        method: 'GET',
        url: '/api/v1/users',
        headers: { authorization: `Bearer ${key}` },
      });
    expect((await viaKey()).statusCode).toBe(200);
    return { ...w, client, patch, viaKey };
  }

  const expectStopped = async (s: Awaited<ReturnType<typeof signedInWithKey>>) => {
    for (const response of [
      await s.client.get('/api/v1/users'),
      await s.patch(),
      await s.viaKey(),
    ]) {
      expect(response.statusCode).toBe(401);
      expect(response.json().error).toMatchObject({ code: 'unauthenticated', fields: {} });
    }
  };

  it('stops them the moment the account is locked; the session stays ended after an unlock', async () => {
    const s = await signedInWithKey();
    for (let i = 0; i < 3; i++) await attempt(s.tenant.slug, s.email, 'wrong-password');
    await expectStopped(s);
    await t.db
      .update(users)
      .set({ lockedAt: null, failedSignIns: 0 })
      .where(eq(users.id, s.admin.id));
    expect((await s.client.get('/api/v1/users')).statusCode).toBe(401);
    expect((await s.viaKey()).statusCode).toBe(200);
  });

  it.each(['Expired', 'Cancelled', 'Archived', 'Prospect'] as const)(
    'stops them when the account becomes %s',
    async (status) => {
      const s = await signedInWithKey();
      await t.db.update(users).set({ subscriptionStatus: status }).where(eq(users.id, s.admin.id));
      await expectStopped(s);
    },
  );
});
