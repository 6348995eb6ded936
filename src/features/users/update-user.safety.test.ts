import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildAdmin } from '../../../test/support/factories.js';
import {
  addLearner,
  buildLearnerWorld,
  type LearnerWorld,
  patchUser,
} from '../../../test/support/learner-world.js';
import { auditLog, userGroups, users } from '../../db/schema.js';

let t: TestApp;
let w: LearnerWorld;
let admin: Client;
let leftAdmin: Client;
let rightAdmin: Client;
let outsider: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildLearnerWorld(t.db);
  admin = await signInAs(t, w.tenant, w.admins.admin);
  leftAdmin = await signInAs(t, w.tenant, w.admins.leftAdmin);
  rightAdmin = await signInAs(t, w.tenant, w.admins.rightAdmin);
  outsider = await signInAs(t, w.other.tenant, w.other.admin);
});
afterAll(() => t.close());

const learner = (options: Parameters<typeof addLearner>[2] = {}) => addLearner(t.db, w, options);
const rowOf = async (id: number) => (await t.db.select().from(users).where(eq(users.id, id)))[0];

describe('PATCH /users/:id — versions', () => {
  it('refuses a stale version with 409 version_conflict and keeps the first save', async () => {
    const { id } = await learner({ firstName: 'Original' });
    const first = await admin.request('PATCH', `/api/v1/users/${id}`, {
      version: 1,
      firstName: 'First',
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await admin.request('PATCH', `/api/v1/users/${id}`, {
      version: 1,
      firstName: 'Second',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect((await rowOf(id))?.firstName).toBe('First');
  });

  it('lets exactly one of two simultaneous saves of one version through', async () => {
    // Several rounds, so that on PostgreSQL both saves usually pass the early version check
    // and the conditional UPDATE is what decides.
    for (let round = 0; round < 5; round++) {
      const { id } = await learner();
      const save = (client: Client, firstName: string) =>
        client.request('PATCH', `/api/v1/users/${id}`, {
          version: 1,
          firstName,
          mobile: `07700 90000${round}`,
        });
      const [a, b] = await Promise.all([save(admin, 'Alpha'), save(leftAdmin, 'Beta')]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      const row = await rowOf(id);
      expect(row?.version).toBe(2);
      expect(row?.firstName).toBe(a.statusCode === 200 ? 'Alpha' : 'Beta');
    }
  });

  it('needs a version', async () => {
    const { id } = await learner();
    const response = await admin.request('PATCH', `/api/v1/users/${id}`, {
      firstName: 'No version',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.fields.version).toBe('Send the version of the user you loaded.');
  });

  it('does not bump the version or audit when nothing changes', async () => {
    const { id } = await learner({ firstName: 'Same' });
    const response = await patchUser(admin, id, {
      firstName: 'Same',
      groupIds: [w.groups.left.id],
    });
    expect(response.json().version).toBe(1);
    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user_updated'), eq(auditLog.entityId, String(id))));
    expect(entries).toHaveLength(0);
  });
});

describe('PATCH /users/:id — audit', () => {
  it('records the changed fields before and after, with who and from where', async () => {
    const { id } = await learner({ firstName: 'Before', extra: { mobile: '07700 900999' } });
    await patchUser(admin, id, {
      firstName: 'After',
      mobile: '07700 900999',
      groupIds: [w.groups.right.id],
    });
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user_updated'), eq(auditLog.entityId, String(id))));
    expect(entry).toMatchObject({
      actorId: w.admins.admin.id,
      entityType: 'user',
      before: { firstName: 'Before', groupIds: [w.groups.left.id] },
      after: { firstName: 'After', groupIds: [w.groups.right.id] },
    });
    expect(entry?.ip).toBeTruthy();
  });
});

describe('PATCH /users/:id — access', () => {
  it('is a 404 for another tenant and for an administrator of other groups', async () => {
    const { id } = await learner();
    for (const client of [outsider, rightAdmin]) {
      const response = await client.request('PATCH', `/api/v1/users/${id}`, {
        version: 1,
        firstName: 'Intruder',
      });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
    expect((await rowOf(id))?.firstName).toBe('Test');
  });

  it('refuses an archived learner, and platform support', async () => {
    const archived = await learner({ status: 'Archived' });
    const response = await patchUser(admin, archived.id, { firstName: 'Back' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('user_archived');
    const support = await signInAs(
      t,
      w.tenant,
      await buildAdmin(t.db, w.tenant, [], { role: 'support' }),
    );
    const { id } = await learner();
    expect(
      (await support.request('PATCH', `/api/v1/users/${id}`, { version: 1, firstName: 'X' }))
        .statusCode,
    ).toBe(404);
  });

  it('edits learners and employer users; administrators have their own page', async () => {
    const other = await buildAdmin(t.db, w.tenant, [w.groups.left]);
    const response = await patchUser(admin, other.id, { firstName: 'Adm' });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('not_a_learner');
  });
});

describe('PATCH /users/:id — all or nothing', () => {
  it('writes nothing when one field is wrong', async () => {
    const { id } = await learner({ firstName: 'Kept' });
    const response = await patchUser(admin, id, {
      firstName: 'Changed',
      groupIds: [w.groups.right.id],
      email: 'broken',
    });
    expect(response.statusCode).toBe(422);
    const row = await rowOf(id);
    expect(row).toMatchObject({ firstName: 'Kept', version: 1 });
    const links = await t.db.select().from(userGroups).where(eq(userGroups.userId, id));
    expect(links.map((link) => link.groupId)).toEqual([w.groups.left.id]);
  });

  it('rolls the learner back when writing the groups fails half-way', async () => {
    const { id } = await learner({ firstName: 'Kept' });
    await t.db.execute(sql`
      create or replace function refuse_group_link() returns trigger language plpgsql as $$
      begin
        if new.user_id = ${sql.raw(String(id))} then raise exception 'group write failed'; end if;
        return new;
      end $$`);
    await t.db.execute(
      sql`create trigger refuse_group_link before insert on user_groups for each row execute function refuse_group_link()`,
    );
    try {
      const response = await patchUser(admin, id, {
        firstName: 'Changed',
        groupIds: [w.groups.right.id],
      });
      expect(response.statusCode).toBe(500);
      expect(response.body).not.toMatch(/group write failed/);
    } finally {
      await t.db.execute(sql`drop trigger refuse_group_link on user_groups`);
    }
    expect(await rowOf(id)).toMatchObject({ firstName: 'Kept', version: 1 });
    const links = await t.db.select().from(userGroups).where(eq(userGroups.userId, id));
    expect(links.map((link) => link.groupId)).toEqual([w.groups.left.id]);
    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user_updated'), eq(auditLog.entityId, String(id))));
    expect(entries).toHaveLength(0);
  });
});
