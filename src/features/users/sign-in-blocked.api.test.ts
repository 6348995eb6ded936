/** GET /users/{id} says why this person cannot sign in today (issue 12), from real state. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildLearner, buildWorld } from '../../../test/support/factories.js';
import { outbox } from '../../db/schema.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildWorld>>;
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  world = await buildWorld(t.db);
  admin = await signInAs(t, world.tenant, world.admin);
});
afterAll(() => t.close());

const blocked = async (id: number) => (await admin.get(`/api/v1/users/${id}`)).json().signInBlocked;

describe('signInBlocked on GET /users/{id}', () => {
  it('is null for a Full user, and names a lock with its failures', async () => {
    const learner = await buildLearner(t.db, world.tenant, [world.right]);
    expect(await blocked(learner.id)).toBeNull();
    const locked = await buildLearner(t.db, world.tenant, [world.right], {
      extra: { lockedAt: new Date(), failedSignIns: 5 },
    });
    expect(await blocked(locked.id)).toMatchObject({
      code: 'locked',
      message: expect.stringContaining('after 5 failed sign-ins'),
    });
  });

  it('tells an invitation that could not be delivered from one still waiting', async () => {
    const prospect = await buildLearner(t.db, world.tenant, [world.right], { status: 'Prospect' });
    expect((await blocked(prospect.id)).code).toBe('prospect');
    const sent = await admin.request('POST', `/api/v1/users/${prospect.id}/invitation`);
    const { outboxId } = sent.json();
    expect(await blocked(prospect.id)).toMatchObject({
      code: 'invited',
      message: expect.stringContaining('still waiting'),
    });
    await t.db
      .update(outbox)
      .set({ status: 'failed', lastError: '550 no such mailbox' })
      .where(eq(outbox.id, outboxId));
    expect((await blocked(prospect.id)).message).toContain('(550 no such mailbox)');
  });
});
