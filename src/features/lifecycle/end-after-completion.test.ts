/**
 * Issue 12, access after completion: a completed learner with no end date gets the latest
 * completion day + the tenant's days; in-progress funding, an end date already set, or a tenant
 * without the setting change nothing; two sweeps at once set each date once; the expiry sweep
 * then expires the account; the setting is saved through PATCH /tenant and range-checked.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildAdmin, buildLearner, buildWorld } from '../../../test/support/factories.js';
import { auditLog, fundingEpisodes, tenants, users } from '../../db/schema.js';
import { endAccessAfterCompletion } from './end-after-completion.js';
import { expireDueAccounts } from './expire-due-accounts.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  t = await startTestApp();
  world = await buildWorld(t.db);
  await t.db
    .update(tenants)
    .set({ accessAfterCompletionDays: 30 })
    .where(eq(tenants.id, world.tenant.id));
});
afterAll(() => t.close());

type Episode = Partial<typeof fundingEpisodes.$inferInsert> & {
  status: (typeof fundingEpisodes.$inferInsert)['status'];
};

async function learnerWith(episodes: Episode[], extra: Partial<typeof users.$inferInsert> = {}) {
  const learner = await buildLearner(t.db, world.tenant, [world.right], {
    status: 'FullUser',
    extra,
  });
  if (episodes.length > 0)
    await t.db
      .insert(fundingEpisodes)
      .values(episodes.map((e) => ({ tenantId: world.tenant.id, learnerId: learner.id, ...e })));
  return learner;
}

const endOf = async (id: number) => {
  const [row] = await t.db
    .select({ endsOn: users.subscriptionEndsOn, status: users.subscriptionStatus })
    .from(users)
    .where(eq(users.id, id));
  return row;
};

describe('access after completion', () => {
  it('gives a completed learner the latest completion day + the tenant’s days, once', async () => {
    const done = await learnerWith([
      { status: 'Completed', completedOn: '2026-01-10' },
      { status: 'Completed', completedOn: '2026-03-01' },
      { status: 'Withdrawn' },
      { status: 'Submitted', unfunded: true },
    ]);
    const inProgress = await learnerWith([
      { status: 'Completed', completedOn: '2026-01-10' },
      { status: 'QA Verified' },
    ]);
    const alreadySet = await learnerWith([{ status: 'Completed', completedOn: '2026-01-10' }], {
      subscriptionEndsOn: '2030-01-01',
    });
    const noDay = await learnerWith([{ status: 'Completed' }]);
    const noEpisodes = await learnerWith([]);

    // Two workers sweeping at once.
    await Promise.all([endAccessAfterCompletion(t.db), endAccessAfterCompletion(t.db)]);

    expect((await endOf(done.id))?.endsOn).toBe('2026-03-31');
    expect((await endOf(inProgress.id))?.endsOn).toBeNull();
    expect((await endOf(alreadySet.id))?.endsOn).toBe('2030-01-01');
    expect((await endOf(noDay.id))?.endsOn).toBeNull();
    expect((await endOf(noEpisodes.id))?.endsOn).toBeNull();
    const audits = await t.db
      .select({ entityId: auditLog.entityId, after: auditLog.after })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.tenantId, world.tenant.id),
          inArray(
            auditLog.entityId,
            [done, inProgress, alreadySet].map((l) => String(l.id)),
          ),
          eq(auditLog.action, 'user_updated'),
        ),
      );
    expect(audits).toEqual([
      {
        entityId: String(done.id),
        after: { subscriptionEndsOn: '2026-03-31', reason: 'access_after_completion' },
      },
    ]);

    // The day has passed: the expiry sweep expires the account.
    await expireDueAccounts(t.db);
    expect((await endOf(done.id))?.status).toBe('Expired');
    expect((await endOf(inProgress.id))?.status).toBe('FullUser');
  });

  it('does nothing in a tenant without the setting', async () => {
    const other = await buildWorld(t.db);
    const learner = await buildLearner(t.db, other.tenant, [other.right], { status: 'FullUser' });
    await t.db.insert(fundingEpisodes).values({
      tenantId: other.tenant.id,
      learnerId: learner.id,
      status: 'Completed',
      completedOn: '2026-01-10',
    });
    await endAccessAfterCompletion(t.db);
    expect((await endOf(learner.id))?.endsOn).toBeNull();
  });

  it('is a tenant setting platform support saves, 0 to 3,650 days or none', async () => {
    const supportUser = await buildAdmin(t.db, world.tenant, [], { role: 'support' });
    const support = await signInAs(t, world.tenant, supportUser);
    const saved = await support.request('PATCH', '/api/v1/tenant', {
      accessAfterCompletionDays: 90,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().accessAfterCompletionDays).toBe(90);
    for (const bad of [-1, 3651, 1.5, 'ninety']) {
      const refused = await support.request('PATCH', '/api/v1/tenant', {
        accessAfterCompletionDays: bad,
      });
      expect(refused.statusCode, String(bad)).toBe(422);
      expect(refused.json().error.fields.accessAfterCompletionDays).toBeTruthy();
    }
    const off = await support.request('PATCH', '/api/v1/tenant', {
      accessAfterCompletionDays: null,
    });
    expect(off.json().accessAfterCompletionDays).toBeNull();
  });
});
