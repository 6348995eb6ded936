/**
 * Issue 12, "reassign on group": the chosen learners' membership of one group becomes a
 * membership of another, through the learner write service (one group per root hierarchy,
 * audited), with a result for each user; the groups must be the administrator's to use.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  buildAdmin,
  buildEmployer,
  buildGroup,
  buildLearner,
  buildWorld,
} from '../../../test/support/factories.js';
import { auditLog, userGroups } from '../../db/schema.js';
import { drainJobs } from '../../platform/jobs/worker.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildWorld>>;
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  world = await buildWorld(t.db);
  admin = await signInAs(t, world.tenant, world.admin);
});
afterAll(() => t.close());

const run = () => drainJobs({ db: t.db, mailer: { enabled: false, send: async () => {} } });

const groupsOf = async (userId: number) =>
  (
    await t.db
      .select({ groupId: userGroups.groupId })
      .from(userGroups)
      .where(eq(userGroups.userId, userId))
      .orderBy(userGroups.groupId)
  ).map((row) => row.groupId);

describe('reassign on group', () => {
  it('moves each learner from one group to the other, refusing by name who cannot move', async () => {
    const rootB = await buildGroup(t.db, world.tenant, 'Root B');
    const b1 = await buildGroup(t.db, world.tenant, 'B1', rootB);
    const b2 = await buildGroup(t.db, world.tenant, 'B2', rootB);
    const wide = await signInAs(
      t,
      world.tenant,
      await buildAdmin(t.db, world.tenant, [world.root, rootB]),
    );
    const movers = await Promise.all(
      [1, 2, 3].map(() => buildLearner(t.db, world.tenant, [world.left, b1])),
    );
    const elsewhere = await buildLearner(t.db, world.tenant, [world.right]);
    const employer = await buildEmployer(t.db, world.tenant, [world.left]);
    const inBoth = await buildLearner(t.db, world.tenant, [world.left, b1]);

    const asked = await wide.request('POST', '/api/v1/bulk-actions', {
      action: 'reassign-group',
      fromGroupId: b1.id,
      toGroupId: b2.id,
      userIds: [...movers.map((m) => m.id), elsewhere.id, employer.id],
    });
    expect(asked.statusCode).toBe(202);
    await run();
    const done = (await wide.get(`/api/v1/bulk-actions/${asked.json().id}`)).json();
    expect(done).toMatchObject({ status: 'done', done: 5, total: 5 });
    const byUser = new Map(done.results.map((r: { userId: number }) => [r.userId, r]));
    for (const mover of movers) {
      expect(byUser.get(mover.id)).toEqual({ userId: mover.id, ok: true });
      expect(await groupsOf(mover.id)).toEqual([world.left.id, b2.id].sort((a, b) => a - b));
    }
    expect(byUser.get(elsewhere.id)).toMatchObject({ ok: false, code: 'not_in_group' });
    expect(byUser.get(employer.id)).toMatchObject({ ok: false, code: 'not_a_learner' });
    expect(await groupsOf(elsewhere.id)).toEqual([world.right.id]);
    const audited = await t.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, 'user'),
          inArray(
            auditLog.entityId,
            movers.map((m) => String(m.id)),
          ),
        ),
      );
    expect(audited.length).toBeGreaterThanOrEqual(3);

    // Into another hierarchy where the learner already has a group: one group per root.
    const across = await wide.request('POST', '/api/v1/bulk-actions', {
      action: 'reassign-group',
      fromGroupId: world.left.id,
      toGroupId: b2.id,
      userIds: [inBoth.id],
    });
    await run();
    const refused = (await wide.get(`/api/v1/bulk-actions/${across.json().id}`)).json();
    expect(refused.results).toEqual([
      expect.objectContaining({ userId: inBoth.id, ok: false, code: 'validation_failed' }),
    ]);
    expect(await groupsOf(inBoth.id)).toEqual([world.left.id, b1.id].sort((a, b) => a - b));
  });

  it('takes only groups the administrator can access, and two different ones', async () => {
    const leftAdmin = await signInAs(t, world.tenant, world.leftAdmin);
    const learner = await buildLearner(t.db, world.tenant, [world.left]);
    const outside = await leftAdmin.request('POST', '/api/v1/bulk-actions', {
      action: 'reassign-group',
      fromGroupId: world.left.id,
      toGroupId: world.right.id,
      userIds: [learner.id],
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.fields).toEqual({ toGroupId: 'Choose a group you can access.' });
    const foreign = await admin.request('POST', '/api/v1/bulk-actions', {
      action: 'reassign-group',
      fromGroupId: world.otherRoot.id,
      toGroupId: world.right.id,
      userIds: [learner.id],
    });
    expect(foreign.json().error.fields).toEqual({ fromGroupId: 'Choose a group you can access.' });
    const same = await admin.request('POST', '/api/v1/bulk-actions', {
      action: 'reassign-group',
      fromGroupId: world.left.id,
      toGroupId: world.left.id,
      userIds: [learner.id],
    });
    expect(same.statusCode).toBe(422);
    expect(same.json().error.fields.toGroupId).toContain('different');
    const missing = await admin.request('POST', '/api/v1/bulk-actions', {
      action: 'reassign-group',
      userIds: [learner.id],
    });
    expect(Object.keys(missing.json().error.fields).sort()).toEqual(['fromGroupId', 'toGroupId']);
  });
});
