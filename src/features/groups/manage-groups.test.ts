import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  buildAdmin,
  buildEmployer,
  buildGroup,
  buildLearner,
  buildWorld,
} from '../../../test/support/factories.js';
import {
  accessCodes,
  adminGroupAccess,
  groups,
  programmeGroups,
  programmes,
} from '../../db/schema.js';

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

const add = (client: Client, name: string, parentId?: number) =>
  client.request('POST', '/api/v1/groups', parentId === undefined ? { name } : { name, parentId });
const groupOf = async (id: number) =>
  (await t.db.select().from(groups).where(eq(groups.id, id)))[0];

describe('POST /groups', () => {
  it('adds a nested group under an accessible group, labelled "Name (id)"', async () => {
    const response = await left.request('POST', '/api/v1/groups', {
      name: 'Left Cohort 1',
      parentId: world.left.id,
    });
    expect(response.statusCode, response.body).toBe(201);
    const group = response.json();
    expect(group).toMatchObject({
      name: 'Left Cohort 1',
      parentId: world.left.id,
      rootId: world.root.id,
      version: 1,
    });
    expect(group.label).toBe(`Left Cohort 1 (${group.id})`);
    // The creator reaches it through their access to Left.
    const trees = (await left.get('/api/v1/groups')).json();
    expect(JSON.stringify(trees)).toContain(
      `"label":"Left Cohort 1 (${group.id})","accessible":true`,
    );
  });

  it('refuses a parent outside the caller’s access or in another tenant (422 on parentId)', async () => {
    for (const parentId of [world.right.id, world.root.id, world.otherRoot.id, 999999]) {
      const response = await add(left, 'Sneaky', parentId);
      expect(response.statusCode, String(parentId)).toBe(422);
      expect(Object.keys(response.json().error.fields)).toEqual(['parentId']);
    }
  });

  it('adds a root hierarchy only with full access, granting it to every full-access administrator', async () => {
    const partial = await add(left, 'New root');
    expect(partial.statusCode).toBe(403);
    const otherFull = await buildAdmin(t.db, world.tenant, [world.root]);
    const response = await add(full, 'Apprenticeships');
    expect(response.statusCode, response.body).toBe(201);
    const root = response.json();
    expect(root).toMatchObject({ parentId: null, rootId: root.id });
    const grants = await t.db
      .select()
      .from(adminGroupAccess)
      .where(eq(adminGroupAccess.groupId, root.id));
    expect(grants.map((g) => g.adminId).sort()).toEqual([world.admin.id, otherFull.id].sort());
    expect(grants.map((g) => g.adminId)).not.toContain(world.leftAdmin.id);
    // The new root shows in the creator's trees; a taken sibling name is refused.
    const again = await add(full, 'apprenticeships');
    expect(again.statusCode).toBe(422);
    expect(again.json().error.fields.name).toMatch(/already exists/);
  });

  it('is not for platform support', async () => {
    const support = await signInAs(
      t,
      world.tenant,
      await buildAdmin(t.db, world.tenant, [], { role: 'support' }),
    );
    expect((await add(support, 'Support root')).statusCode).toBe(403);
  });
});

describe('PATCH /groups/{id}', () => {
  it('renames with the version; a stale version is 409', async () => {
    const group = (await add(full, 'Rename me', world.left.id)).json();
    const renamed = await full.request('PATCH', `/api/v1/groups/${group.id}`, {
      version: 1,
      name: 'Renamed',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({
      name: 'Renamed',
      label: `Renamed (${group.id})`,
      version: 2,
    });
    const stale = await full.request('PATCH', `/api/v1/groups/${group.id}`, {
      version: 1,
      name: 'Late',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
  });

  it('moves within the hierarchy, never under itself or its own groups, never across roots', async () => {
    const a = (await add(full, 'Move A', world.left.id)).json();
    const b = (await add(full, 'Move B', a.id)).json();
    const moved = await full.request('PATCH', `/api/v1/groups/${a.id}`, {
      version: 1,
      parentId: world.right.id,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await groupOf(a.id))?.parentId).toBe(world.right.id);
    for (const parentId of [a.id, b.id]) {
      const cycle = await full.request('PATCH', `/api/v1/groups/${a.id}`, { version: 2, parentId });
      expect(cycle.statusCode, String(parentId)).toBe(422);
      expect(cycle.json().error.fields.parentId).toMatch(/under itself/);
    }
    const otherRoot = (await add(full, 'Second hierarchy')).json();
    const across = await full.request('PATCH', `/api/v1/groups/${a.id}`, {
      version: 2,
      parentId: otherRoot.id,
    });
    expect(across.statusCode).toBe(422);
    expect(across.json().error.fields.parentId).toMatch(/own root hierarchy/);
    const rootMove = await full.request('PATCH', `/api/v1/groups/${otherRoot.id}`, {
      version: 1,
      parentId: world.left.id,
    });
    expect(rootMove.statusCode).toBe(422);
    expect((await groupOf(a.id))?.parentId).toBe(world.right.id);
  });

  it('refuses an administrator moving a group out of or into groups they cannot access', async () => {
    const mine = (await add(left, 'Mine', world.left.id)).json();
    const out = await left.request('PATCH', `/api/v1/groups/${mine.id}`, {
      version: 1,
      parentId: world.right.id,
    });
    expect(out.statusCode).toBe(422);
    // A group under Right is not theirs at all: not found.
    const theirs = await buildGroup(t.db, world.tenant, 'Theirs', world.right);
    const grab = await left.request('PATCH', `/api/v1/groups/${theirs.id}`, {
      version: 1,
      parentId: world.left.id,
    });
    expect(grab.statusCode).toBe(404);
    expect(
      (
        await left.request('PATCH', `/api/v1/groups/${world.otherRoot.id}`, {
          version: 1,
          name: 'X',
        })
      ).statusCode,
    ).toBe(404);
    // Their own grant: they may not move Left itself out from under Root A, which they cannot access.
    const self = await left.request('PATCH', `/api/v1/groups/${world.left.id}`, {
      version: 1,
      parentId: theirs.id,
    });
    expect(self.statusCode).toBe(403);
    expect((await groupOf(world.left.id))?.parentId).toBe(world.root.id);
  });
});

describe('DELETE /groups/{id}', () => {
  it('deletes an empty group (204), and the access granted on it goes too', async () => {
    const root = (await add(full, 'Short-lived root')).json();
    expect((await full.request('DELETE', `/api/v1/groups/${root.id}`)).statusCode).toBe(204);
    expect(await groupOf(root.id)).toBeUndefined();
    expect(
      await t.db.select().from(adminGroupAccess).where(eq(adminGroupAccess.groupId, root.id)),
    ).toEqual([]);
  });

  it('says why a group cannot be deleted: users, child groups, programmes, access codes', async () => {
    const parent = (await add(full, 'Busy', world.left.id)).json();
    await add(full, 'Busy child', parent.id);
    const busy = { id: parent.id, rootId: world.root.id, tenantId: world.tenant.id, name: 'Busy' };
    await buildLearner(t.db, world.tenant, [busy]);
    await buildEmployer(t.db, world.tenant, [busy]);
    const [programme] = await t.db
      .insert(programmes)
      .values({ tenantId: world.tenant.id, name: 'P', type: 'delivery' })
      .returning();
    await t.db
      .insert(programmeGroups)
      .values({ tenantId: world.tenant.id, programmeId: programme?.id ?? 0, groupId: parent.id });
    await t.db.insert(accessCodes).values({
      tenantId: world.tenant.id,
      code: 'BUSY1-BUSY1',
      groupId: parent.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    const response = await full.request('DELETE', `/api/v1/groups/${parent.id}`);
    expect(response.statusCode).toBe(409);
    const error = response.json().error;
    expect(error.code).toBe('group_not_empty');
    expect(Object.keys(error.fields).sort()).toEqual([
      'accessCodes',
      'children',
      'programmes',
      'users',
    ]);
    expect(error.fields.users).toMatch(/2 users/);
    expect(error.message).toContain(`Busy (${parent.id}) cannot be deleted.`);
    expect(await groupOf(parent.id)).toBeDefined();
  });

  it('is 404 for a group outside the caller’s access or in another tenant', async () => {
    const theirs = await buildGroup(t.db, world.tenant, 'Not yours', world.right);
    expect((await left.request('DELETE', `/api/v1/groups/${theirs.id}`)).statusCode).toBe(404);
    const other = await signInAs(t, world.other, world.otherAdmin);
    expect((await other.request('DELETE', `/api/v1/groups/${theirs.id}`)).statusCode).toBe(404);
    expect(await groupOf(theirs.id)).toBeDefined();
  });
});
