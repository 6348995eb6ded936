import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  signIn,
  signInAs,
  startTestApp,
  type TestApp,
} from '../../../test/support/app.js';
import { buildAdmin, buildGroup, buildWorld } from '../../../test/support/factories.js';
import { adminGroupAccess, outbox, userGroups, users } from '../../db/schema.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildWorld>>;
let full: Client;
let left: Client;

beforeAll(async () => {
  t = await startTestApp();
  world = await buildWorld(t.db);
  full = await signInAs(t, world.tenant, world.admin);
  left = await signInAs(t, world.tenant, world.leftAdmin);
});
afterAll(() => t.close());

let n = 0;
const person = (extra: Record<string, unknown> = {}) => {
  n += 1;
  return { firstName: 'Casey', surname: `Owner${n}`, email: `casey.${n}@example.test`, ...extra };
};

const caseOwnerNames = async (client: Client, groupId: number) => {
  const options = await client.get(`/api/v1/learner-options?groupIds=${groupId}`);
  expect(options.statusCode, options.body).toBe(200);
  return options.json().caseOwners.map((owner: { id: number }) => owner.id);
};

describe('POST /administrators', () => {
  it('creates an invited administrator with a subtree, who is then a case-owner candidate there', async () => {
    const response = await full.request(
      'POST',
      '/api/v1/administrators',
      person({ groupIds: [world.left.id] }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      subscriptionStatus: 'Invited',
      groupIds: [world.left.id],
      groups: [{ id: world.left.id, label: `Left (${world.left.id})` }],
      actions: { edit: true, deactivate: true },
    });
    const mails = await t.db.select().from(outbox).where(eq(outbox.userId, created.id));
    expect(mails).toHaveLength(1);
    const [row] = await t.db.select().from(users).where(eq(users.id, created.id));
    expect(row).toMatchObject({ type: 'admin', adminRole: 'standard', tenantId: world.tenant.id });
    // Access and membership both recorded: the learner form offers them as case owner.
    expect(
      await t.db.select().from(userGroups).where(eq(userGroups.userId, created.id)),
    ).toHaveLength(1);
    expect(await caseOwnerNames(full, world.left.id)).toContain(created.id);
    expect(await caseOwnerNames(full, world.right.id)).not.toContain(created.id);
  });

  it('creates a Prospect without an email sent when invite is false', async () => {
    const response = await full.request(
      'POST',
      '/api/v1/administrators',
      person({ groupIds: [world.right.id], invite: false }),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json().subscriptionStatus).toBe('Prospect');
    // The existing invitation route invites them later.
    const invited = await full.request('POST', `/api/v1/users/${response.json().id}/invitation`);
    expect(invited.statusCode).toBe(202);
    expect(invited.json().subscriptionStatus).toBe('Invited');
  });

  it('uses the shared person rules: names, email format, a taken email', async () => {
    const bad = await full.request('POST', '/api/v1/administrators', {
      firstName: '',
      surname: 'X',
      email: 'nope',
      groupIds: [],
    });
    expect(bad.statusCode).toBe(422);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['email', 'firstName', 'groupIds']);
    const taken = await full.request(
      'POST',
      '/api/v1/administrators',
      person({ email: world.leftAdmin.email?.toUpperCase(), groupIds: [world.left.id] }),
    );
    expect(taken.statusCode).toBe(422);
    expect(taken.json().error.fields.email).toMatch(/already registered/);
  });

  it('refuses groups beyond the creator’s own access: a parent, a sibling, another tenant’s', async () => {
    for (const groupId of [world.root.id, world.right.id, world.otherRoot.id]) {
      const response = await left.request(
        'POST',
        '/api/v1/administrators',
        person({ groupIds: [groupId] }),
      );
      expect(response.statusCode, String(groupId)).toBe(422);
      expect(response.json().error.fields.groupIds).toMatch(/not within your own access/);
    }
    const nested = await buildGroup(t.db, world.tenant, 'Left child', world.left);
    const ok = await left.request(
      'POST',
      '/api/v1/administrators',
      person({ groupIds: [nested.id] }),
    );
    expect(ok.statusCode).toBe(201);
  });

  it('is refused to platform support, who holds no group (403)', async () => {
    const support = await signInAs(
      t,
      world.tenant,
      await buildAdmin(t.db, world.tenant, [], { role: 'support' }),
    );
    const response = await support.request(
      'POST',
      '/api/v1/administrators',
      person({ groupIds: [world.left.id] }),
    );
    expect(response.statusCode).toBe(403);
    expect((await support.get('/api/v1/administrators')).json().items).toEqual([]);
  });
});

describe('GET, PATCH and deactivate', () => {
  it('lists only administrators sharing a group, and never support', async () => {
    const inRight = await buildAdmin(t.db, world.tenant, [world.right]);
    const support = await buildAdmin(t.db, world.tenant, [], { role: 'support' });
    const seenByLeft = (await left.get('/api/v1/administrators'))
      .json()
      .items.map((a: { id: number }) => a.id);
    expect(seenByLeft).toContain(world.leftAdmin.id);
    expect(seenByLeft).not.toContain(inRight.id);
    expect(seenByLeft).not.toContain(world.admin.id);
    expect((await left.get(`/api/v1/administrators/${inRight.id}`)).statusCode).toBe(404);
    const seenByFull = (await full.get('/api/v1/administrators')).json().items;
    expect(seenByFull.map((a: { id: number }) => a.id)).toEqual(
      expect.arrayContaining([inRight.id, world.leftAdmin.id]),
    );
    expect(seenByFull.map((a: { id: number }) => a.id)).not.toContain(support.id);
    const other = await signInAs(t, world.other, world.otherAdmin);
    expect((await other.get(`/api/v1/administrators/${inRight.id}`)).statusCode).toBe(404);
    expect(
      (
        await other.request('PATCH', `/api/v1/administrators/${inRight.id}`, {
          version: 1,
          firstName: 'X',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('edits details and groups with the version; a stale version is 409', async () => {
    const created = (
      await full.request('POST', '/api/v1/administrators', person({ groupIds: [world.left.id] }))
    ).json();
    const changed = await full.request('PATCH', `/api/v1/administrators/${created.id}`, {
      version: created.version,
      surname: 'Renamed',
      groupIds: [world.right.id],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ surname: 'Renamed', groupIds: [world.right.id] });
    expect(changed.json().version).toBeGreaterThan(created.version);
    const grants = await t.db
      .select()
      .from(adminGroupAccess)
      .where(eq(adminGroupAccess.adminId, created.id));
    expect(grants.map((g) => g.groupId)).toEqual([world.right.id]);
    expect(await caseOwnerNames(full, world.right.id)).toContain(created.id);
    expect(await caseOwnerNames(full, world.left.id)).not.toContain(created.id);
    const stale = await full.request('PATCH', `/api/v1/administrators/${created.id}`, {
      version: created.version,
      surname: 'Late',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
  });

  it('lets an administrator change only those whose every group they can access', async () => {
    const both = (
      await full.request(
        'POST',
        '/api/v1/administrators',
        person({ groupIds: [world.left.id, world.right.id] }),
      )
    ).json();
    const seen = await left.get(`/api/v1/administrators/${both.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().actions).toEqual({ edit: false, invite: false, deactivate: false });
    const hijack = await left.request('PATCH', `/api/v1/administrators/${both.id}`, {
      version: both.version,
      email: 'mine@example.test',
    });
    expect(hijack.statusCode).toBe(403);
    expect(
      (await left.request('POST', `/api/v1/administrators/${both.id}/deactivate`)).statusCode,
    ).toBe(403);
    const [row] = await t.db.select().from(users).where(eq(users.id, both.id));
    expect(row?.email).toBe(both.email);
  });

  it('does not let an administrator grant themselves more', async () => {
    const me = (await left.get(`/api/v1/administrators/${world.leftAdmin.id}`)).json();
    for (const groupIds of [
      [world.root.id],
      [world.left.id, world.right.id],
      [world.otherRoot.id],
    ]) {
      const response = await left.request('PATCH', `/api/v1/administrators/${world.leftAdmin.id}`, {
        version: me.version,
        groupIds,
      });
      expect(response.statusCode, JSON.stringify(groupIds)).toBe(422);
    }
    const grants = await t.db
      .select()
      .from(adminGroupAccess)
      .where(eq(adminGroupAccess.adminId, world.leftAdmin.id));
    expect(grants.map((g) => g.groupId)).toEqual([world.left.id]);
  });

  it('deactivates: cannot sign in, no longer a case owner; nobody deactivates themselves', async () => {
    const target = await buildAdmin(t.db, world.tenant, [world.left]);
    const session = await signInAs(t, world.tenant, target);
    expect(await caseOwnerNames(full, world.left.id)).toContain(target.id);
    const done = await full.request('POST', `/api/v1/administrators/${target.id}/deactivate`);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().subscriptionStatus).toBe('Cancelled');
    expect((await session.get('/api/v1/administrators')).statusCode).toBe(401);
    await expect(
      signIn(t.app, world.tenant.slug, target.email ?? '', target.password),
    ).rejects.toThrow();
    expect(await caseOwnerNames(full, world.left.id)).not.toContain(target.id);
    const again = await full.request('POST', `/api/v1/administrators/${target.id}/deactivate`);
    expect(again.statusCode).toBe(409);
    const self = await full.request('POST', `/api/v1/administrators/${world.admin.id}/deactivate`);
    expect(self.statusCode).toBe(409);
  });
});
