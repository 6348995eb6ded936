/** Issue 8 item 8: thirty re-invitations at once leave exactly one valid link, the newest. */
import { and, desc, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildLearner, buildWorld } from '../../../test/support/factories.js';
import { outbox, userTokens } from '../../db/schema.js';
import { sha256 } from '../../platform/tokens.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('re-invitations at once', () => {
  it('leave only the newest activation link valid after 30 parallel requests', async () => {
    const world = await buildWorld(t.db);
    const admin = await signInAs(t, world.tenant, world.admin);
    const learner = await buildLearner(t.db, world.tenant, [world.left], { status: 'Prospect' });
    const responses = await Promise.all(
      Array.from({ length: 30 }, () =>
        admin.request('POST', `/api/v1/users/${learner.id}/invitation`),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(30).fill(202));
    const valid = await t.db
      .select()
      .from(userTokens)
      .where(and(eq(userTokens.userId, learner.id), isNull(userTokens.usedAt)));
    expect(valid).toHaveLength(1);
    const [newest] = await t.db
      .select()
      .from(outbox)
      .where(eq(outbox.userId, learner.id))
      .orderBy(desc(outbox.id))
      .limit(1);
    const token = decodeURIComponent(
      /activate\?token=([\w%-]+)/.exec(newest?.textBody ?? '')?.[1] ?? '',
    );
    expect(valid[0]?.tokenHash).toBe(sha256(token));
  });
});
