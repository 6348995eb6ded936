/**
 * Issue 12, status by actions: every allowed and refused move of every status action, the
 * funding-batch refusal of archiving with the FAQ's message and the unfunded way through,
 * sessions ending, an audit entry for each action, and the ways in that must stay shut.
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
import { buildLearner, buildWorld, TEST_PASSWORD } from '../../../test/support/factories.js';
import { auditLog, fundingEpisodes, SUBSCRIPTION_STATUSES, users } from '../../db/schema.js';
import { STATUS_ACTIONS, type TStatusAction } from '../../domain/status-actions.js';
import { canTransition } from '../../domain/subscription.js';
import { IN_ILR_BATCH_MESSAGE } from './change-status.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildWorld>>;
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  world = await buildWorld(t.db);
  admin = await signInAs(t, world.tenant, world.admin);
});
afterAll(() => t.close());

const act = (client: Client, id: number, action: TStatusAction) =>
  client.request('POST', `/api/v1/users/${id}/${action}`);
const learnerIn = (status: (typeof SUBSCRIPTION_STATUSES)[number], suspended = false) =>
  buildLearner(t.db, world.tenant, [world.right], {
    status,
    extra: suspended ? { suspendedAt: new Date() } : {},
  });
const rowOf = async (id: number) => (await t.db.select().from(users).where(eq(users.id, id)))[0];

describe('status actions, every status × every action', () => {
  for (const status of SUBSCRIPTION_STATUSES)
    for (const action of STATUS_ACTIONS) {
      const moves = ['cancel', 'expire', 'archive', 'restore'].includes(action);
      const allowed = moves
        ? canTransition(status, action as 'cancel')
        : action === 'suspend'
          ? status !== 'Archived'
          : false; // resume: the user made here is not suspended
      it(`${action} a ${status}: ${allowed ? 'done' : 'refused'}`, async () => {
        const learner = await learnerIn(status);
        const answer = await act(admin, learner.id, action);
        const after = await rowOf(learner.id);
        if (allowed) {
          expect(answer.statusCode).toBe(200);
          expect(answer.json().subscriptionStatus).toBe(after?.subscriptionStatus);
          expect(answer.json().suspended).toBe(action === 'suspend');
          expect(after?.version).toBe(learner.version + 1);
          const [entry] = await t.db
            .select()
            .from(auditLog)
            .where(
              and(eq(auditLog.entityId, String(learner.id)), eq(auditLog.action, `user_${action}`)),
            );
          expect(entry?.actorId).toBe(world.admin.id);
          expect(entry?.before).toMatchObject({ subscriptionStatus: status });
        } else {
          expect(answer.statusCode).toBe(409);
          expect(answer.json().error.code).toMatch(
            status === 'Archived' && action !== 'restore' && action !== 'resume'
              ? /^user_archived$|^cannot_/
              : /^cannot_/,
          );
          expect(after?.subscriptionStatus).toBe(status);
          expect(after?.version).toBe(learner.version);
        }
      });
    }
});

describe('suspend and resume', () => {
  it('pauses sign-in and open sessions without changing the status, and gives them back', async () => {
    const learner = await learnerIn('FullUser');
    const session = await signIn(t.app, world.tenant.slug, learner.email ?? '', TEST_PASSWORD);
    expect((await act(admin, learner.id, 'suspend')).statusCode).toBe(200);
    expect((await rowOf(learner.id))?.subscriptionStatus).toBe('FullUser');
    expect((await session.get('/api/v1/session')).statusCode).toBe(401);
    await expect(
      signIn(t.app, world.tenant.slug, learner.email ?? '', TEST_PASSWORD),
    ).rejects.toThrow('403');
    expect((await act(admin, learner.id, 'suspend')).json().error.code).toBe('cannot_suspend');

    const resumed = await act(admin, learner.id, 'resume');
    expect(resumed.statusCode).toBe(200);
    expect(resumed.json()).toMatchObject({ suspended: false, subscriptionStatus: 'FullUser' });
    await signIn(t.app, world.tenant.slug, learner.email ?? '', TEST_PASSWORD);
  });

  it('lists what applies now in the user’s actions', async () => {
    const suspended = await learnerIn('FullUser', true);
    const got = await admin.get(`/api/v1/users/${suspended.id}`);
    expect(got.json().actions.status).toEqual(['cancel', 'resume', 'expire', 'archive']);
    const archived = await learnerIn('Archived');
    expect((await admin.get(`/api/v1/users/${archived.id}`)).json().actions.status).toEqual([
      'restore',
    ]);
  });
});

describe('archiving a learner in a funding submission batch', () => {
  it('is refused with the FAQ message until the episode is marked unfunded', async () => {
    const learner = await learnerIn('FullUser');
    const [episode] = await t.db
      .insert(fundingEpisodes)
      .values({
        tenantId: world.tenant.id,
        learnerId: learner.id,
        status: 'Submitted',
        inBatch: true,
      })
      .returning();
    const refused = await act(admin, learner.id, 'archive');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'in_ilr_batch',
      message: IN_ILR_BATCH_MESSAGE,
    });
    expect((await rowOf(learner.id))?.subscriptionStatus).toBe('FullUser');

    const listed = await admin.get(`/api/v1/users/${learner.id}/funding-episodes`);
    expect(listed.json().items).toEqual([
      { id: episode?.id, status: 'Submitted', inBatch: true, unfunded: false, ukprn: null },
    ]);
    const marked = await admin.request(
      'POST',
      `/api/v1/users/${learner.id}/funding-episodes/${episode?.id}/unfunded`,
    );
    expect(marked.json()).toMatchObject({ unfunded: true });
    expect((await act(admin, learner.id, 'archive')).json().subscriptionStatus).toBe('Archived');
  });

  it("never marks another learner's or another tenant's episode", async () => {
    const mine = await learnerIn('FullUser');
    const theirs = await learnerIn('FullUser');
    const [episode] = await t.db
      .insert(fundingEpisodes)
      .values({
        tenantId: world.tenant.id,
        learnerId: theirs.id,
        status: 'Submitted',
        inBatch: true,
      })
      .returning();
    const wrongLearner = await admin.request(
      'POST',
      `/api/v1/users/${mine.id}/funding-episodes/${episode?.id}/unfunded`,
    );
    expect(wrongLearner.statusCode).toBe(404);
    const other = await signInAs(t, world.other, world.otherAdmin);
    expect(
      (
        await other.request(
          'POST',
          `/api/v1/users/${theirs.id}/funding-episodes/${episode?.id}/unfunded`,
        )
      ).statusCode,
    ).toBe(404);
    const [row] = await t.db
      .select()
      .from(fundingEpisodes)
      .where(eq(fundingEpisodes.id, episode?.id ?? 0));
    expect(row?.unfunded).toBe(false);
  });
});

describe('who may act', () => {
  it('refuses other tenants, administrators without the group and oneself, changing nothing', async () => {
    const learner = await learnerIn('FullUser');
    const other = await signInAs(t, world.other, world.otherAdmin);
    const leftAdmin = await signInAs(t, world.tenant, world.leftAdmin);
    expect((await act(other, learner.id, 'archive')).statusCode).toBe(404);
    expect((await act(leftAdmin, learner.id, 'archive')).statusCode).toBe(404);
    expect((await act(admin, world.admin.id, 'suspend')).statusCode).toBe(403);
    expect((await rowOf(learner.id))?.subscriptionStatus).toBe('FullUser');
    expect((await rowOf(world.admin.id))?.suspendedAt).toBeNull();
  });
});
