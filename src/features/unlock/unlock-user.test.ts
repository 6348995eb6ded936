/**
 * Issue 8 item 5 (b) and issue 7: administrators unlock the users they manage, platform
 * support anyone in any organisation; "may not" (403/404) is told apart from "not in that
 * state" (409 `user_archived`, `not_locked`), for unlocking and for the other user actions.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  signIn,
  signInAs,
  startTestApp,
  type TestApp,
} from '../../../test/support/app.js';
import { buildAdmin, buildLearner, buildWorld } from '../../../test/support/factories.js';
import { auditLog, users } from '../../db/schema.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildWorld>>;
let admin: Client;
beforeAll(async () => {
  t = await startTestApp();
  world = await buildWorld(t.db);
  admin = await signInAs(t, world.tenant, world.admin);
});
afterAll(() => t.close());

const locked = { lockedAt: new Date(), failedSignIns: 5 };
const errorOf = (response: { statusCode: number; json(): { error: { code: string } } }) =>
  `${response.statusCode} ${response.json().error.code}`;

describe('POST /users/:id/unlock', () => {
  it('unlocks a locked user, who signs in again; a second unlock is 409 not_locked', async () => {
    const learner = await buildLearner(t.db, world.tenant, [world.left], { extra: locked });
    expect((await admin.request('POST', `/api/v1/users/${learner.id}/unlock`)).statusCode).toBe(
      200,
    );
    await signIn(t.app, world.tenant.slug, learner.email ?? '', learner.password);
    expect(errorOf(await admin.request('POST', `/api/v1/users/${learner.id}/unlock`))).toBe(
      '409 not_locked',
    );
  });

  it('says what is true of a locked but archived user: 409 user_archived, not not_locked', async () => {
    const learner = await buildLearner(t.db, world.tenant, [world.left], {
      status: 'Archived',
      extra: locked,
    });
    const response = await admin.request('POST', `/api/v1/users/${learner.id}/unlock`);
    expect(errorOf(response)).toBe('409 user_archived');
    expect(response.json().error.message).toMatch(/archived users cannot sign in/);
    const [row] = await t.db.select().from(users).where(eq(users.id, learner.id));
    expect(row?.lockedAt).not.toBeNull();
  });

  it('refuses who may not: 404 out of their groups, 403 for a learner', async () => {
    const learner = await buildLearner(t.db, world.tenant, [world.right], { extra: locked });
    const leftAdmin = await signInAs(t, world.tenant, world.leftAdmin);
    expect(errorOf(await leftAdmin.request('POST', `/api/v1/users/${learner.id}/unlock`))).toBe(
      '404 not_found',
    );
    const other = await buildLearner(t.db, world.tenant, [world.right]);
    const asLearner = await signInAs(t, world.tenant, other);
    expect(errorOf(await asLearner.request('POST', `/api/v1/users/${learner.id}/unlock`))).toBe(
      '403 forbidden',
    );
  });
});

describe('other actions tell "may not" from "not in that state"', () => {
  it('inviting an archived user is 409 user_archived, not 403', async () => {
    const learner = await buildLearner(t.db, world.tenant, [world.left], { status: 'Archived' });
    const response = await admin.request('POST', `/api/v1/users/${learner.id}/invitation`);
    expect(errorOf(response)).toBe('409 user_archived');
    expect(response.json().error.message).toMatch(/archived.*restore/i);
  });

  it('inviting a Full user is 409 cannot_invite; inviting out of reach is 404', async () => {
    const full = await buildLearner(t.db, world.tenant, [world.left]);
    expect(errorOf(await admin.request('POST', `/api/v1/users/${full.id}/invitation`))).toBe(
      '409 cannot_invite',
    );
    const leftAdmin = await signInAs(t, world.tenant, world.leftAdmin);
    const hidden = await buildLearner(t.db, world.tenant, [world.right], { status: 'Prospect' });
    expect(errorOf(await leftAdmin.request('POST', `/api/v1/users/${hidden.id}/invitation`))).toBe(
      '404 not_found',
    );
  });
});

describe('POST /support/account-unlock', () => {
  it('lets platform support of another organisation unlock anyone, audited in the tenant', async () => {
    const home = await buildWorld(t.db);
    const support = await buildAdmin(t.db, home.tenant, [], { role: 'support' });
    const client = await signInAs(t, home.tenant, support);
    const topAdmin = await buildAdmin(t.db, world.tenant, [world.root], { extra: locked });
    const response = await client.request('POST', '/api/v1/support/account-unlock', {
      tenant: world.tenant.slug,
      username: (topAdmin.email ?? '').toUpperCase(),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ userId: topAdmin.id, locked: false });
    await signIn(t.app, world.tenant.slug, topAdmin.email ?? '', topAdmin.password);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'account_unlocked'), eq(auditLog.entityId, String(topAdmin.id))),
      );
    expect(entry).toMatchObject({ actorId: support.id, after: { via: 'platform_support' } });

    const archived = await buildLearner(t.db, world.tenant, [world.left], {
      status: 'Archived',
      extra: locked,
    });
    const unlock = (username: string) =>
      client.request('POST', '/api/v1/support/account-unlock', {
        tenant: world.tenant.slug,
        username,
      });
    expect(errorOf(await unlock(archived.email ?? ''))).toBe('409 user_archived');
    expect(errorOf(await unlock(topAdmin.email ?? ''))).toBe('409 not_locked');
    expect(errorOf(await unlock('nobody@example.test'))).toBe('404 not_found');
  });

  it('is for platform support only (403)', async () => {
    const learner = await buildLearner(t.db, world.tenant, [world.left], { extra: locked });
    const response = await admin.request('POST', '/api/v1/support/account-unlock', {
      tenant: world.tenant.slug,
      username: learner.email,
    });
    expect(errorOf(response)).toBe('403 forbidden');
  });
});
