/**
 * Issue 12, bulk actions: a case owner changed on 1,000 learners in one action, run by the
 * worker with a result for each; invitations to many, refusals named per user; users the
 * administrator cannot see are refused, not touched; only the one who asked reads the action.
 */
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildAdmin, buildLearner, buildWorld } from '../../../test/support/factories.js';
import { userGroups, users } from '../../db/schema.js';
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

/** Many learners in group Right at once, case owner the world's administrator. */
async function manyLearners(count: number, tag: string) {
  const rows = await t.db
    .insert(users)
    .values(
      Array.from({ length: count }, (_, i) => ({
        tenantId: world.tenant.id,
        type: 'learner' as const,
        email: `${tag}.${i}@bulk.test`,
        firstName: `Bulk${i}`,
        surname: tag,
        gender: 'female' as const,
        caseOwnerId: world.admin.id,
      })),
    )
    .returning({ id: users.id });
  await t.db.insert(userGroups).values(
    rows.map((row) => ({
      tenantId: world.tenant.id,
      userId: row.id,
      groupId: world.right.id,
      rootId: world.root.id,
      exclusive: true,
    })),
  );
  return rows.map((row) => row.id);
}

describe('bulk actions', () => {
  it('changes the case owner of 1,000 learners, with a result for each', async () => {
    const newOwner = await buildAdmin(t.db, world.tenant, [world.root]);
    const ids = await manyLearners(1000, 'owners');
    const asked = await admin.request('POST', '/api/v1/bulk-actions', {
      action: 'set-case-owner',
      caseOwnerId: newOwner.id,
      userIds: ids,
    });
    expect(asked.statusCode).toBe(202);
    const url = `/api/v1/bulk-actions/${asked.json().id}`;
    expect((await admin.get(url)).json()).toMatchObject({
      status: 'pending',
      done: 0,
      total: 1000,
    });
    await run();
    const done = (await admin.get(url)).json();
    expect(done).toMatchObject({ status: 'done', done: 1000, total: 1000 });
    expect(done.results.filter((result: { ok: boolean }) => result.ok)).toHaveLength(1000);
    const owners = await t.db
      .selectDistinct({ caseOwnerId: users.caseOwnerId })
      .from(users)
      .where(inArray(users.id, ids));
    expect(owners).toEqual([{ caseOwnerId: newOwner.id }]);
  }, 120_000);

  it('invites many by filter, refusing by name who cannot be invited, touching nobody unseen', async () => {
    const prospects = await Promise.all(
      [1, 2, 3].map(() =>
        buildLearner(t.db, world.tenant, [world.left], { status: 'Prospect', surname: 'Invitee' }),
      ),
    );
    const full = await buildLearner(t.db, world.tenant, [world.left], { surname: 'Invitee' });
    const elsewhere = await buildLearner(t.db, world.other, [world.otherRoot], {
      status: 'Prospect',
    });
    const leftAdmin = await signInAs(t, world.tenant, world.leftAdmin);
    const asked = await leftAdmin.request('POST', '/api/v1/bulk-actions', {
      action: 'invite',
      filter: { q: 'invitee' },
    });
    expect(asked.statusCode).toBe(202);
    await run();
    const done = (await leftAdmin.get(`/api/v1/bulk-actions/${asked.json().id}`)).json();
    expect(done.total).toBe(4);
    const byUser = new Map(done.results.map((r: { userId: number }) => [r.userId, r]));
    for (const prospect of prospects)
      expect(byUser.get(prospect.id)).toEqual({ userId: prospect.id, ok: true });
    expect(byUser.get(full.id)).toMatchObject({ ok: false, code: 'cannot_invite' });

    const unseen = await leftAdmin.request('POST', '/api/v1/bulk-actions', {
      action: 'archive',
      userIds: [elsewhere.id],
    });
    await run();
    const refused = (await leftAdmin.get(`/api/v1/bulk-actions/${unseen.json().id}`)).json();
    expect(refused.results).toEqual([
      expect.objectContaining({ userId: elsewhere.id, ok: false, code: 'not_found' }),
    ]);
    const [row] = await t.db.select().from(users).where(eq(users.id, elsewhere.id));
    expect(row?.subscriptionStatus).toBe('Prospect');
    expect((await admin.get(`/api/v1/bulk-actions/${unseen.json().id}`)).statusCode).toBe(404);
  });

  it('refuses a request without its value, or with both users and a filter, naming the field', async () => {
    const noOwner = await admin.request('POST', '/api/v1/bulk-actions', {
      action: 'set-case-owner',
      userIds: [1],
    });
    expect(noOwner.statusCode).toBe(422);
    expect(noOwner.json().error.fields.caseOwnerId).toBeDefined();
    const both = await admin.request('POST', '/api/v1/bulk-actions', {
      action: 'invite',
      userIds: [1],
      filter: {},
    });
    expect(both.json().error.fields.userIds).toContain('not both');
  });
});
