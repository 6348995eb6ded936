import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  addLearner,
  buildLearnerWorld,
  type LearnerWorld,
  patchUser,
} from '../../../test/support/learner-world.js';
import { fundingEpisodes } from '../../db/schema.js';

let t: TestApp;
let w: LearnerWorld;
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildLearnerWorld(t.db);
  admin = await signInAs(t, w.tenant, w.admins.admin);
});
afterAll(() => t.close());

async function provider(name: string, ukprn: string) {
  const response = await admin.request('POST', '/api/v1/organisations', {
    name,
    type: 'training',
    ukprn,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: number; version: number };
}

/** The learner's episodes' UKPRNs by status. */
async function episodeUkprns(learnerId: number) {
  const response = await admin.get(`/api/v1/users/${learnerId}/funding-episodes`);
  expect(response.statusCode, response.body).toBe(200);
  return Object.fromEntries(
    response.json().items.map((e: { status: string; ukprn: string | null }) => [e.status, e.ukprn]),
  );
}

describe("the learning provider's UKPRN on the learner's funding episodes", () => {
  it('follows the provider chosen on Edit User onto open episodes, not closed ones', async () => {
    const first = await provider('First Provider', '10000001');
    const second = await provider('Second Provider', '10000002');
    const learner = await addLearner(t.db, w);
    await t.db.insert(fundingEpisodes).values(
      (['Draft', 'Submitted', 'Completed'] as const).map((status) => ({
        tenantId: w.tenant.id,
        learnerId: learner.id,
        status,
      })),
    );

    const chosen = await patchUser(admin, learner.id, { learningProviderId: first.id });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(await episodeUkprns(learner.id)).toEqual({
      Draft: '10000001',
      Submitted: '10000001',
      Completed: null,
    });

    await patchUser(admin, learner.id, { learningProviderId: second.id });
    expect((await episodeUkprns(learner.id)).Draft).toBe('10000002');

    // A new UKPRN on the provider reaches its learners' open episodes.
    const edited = await admin.request('PATCH', `/api/v1/organisations/${second.id}`, {
      version: second.version,
      ukprn: '10000003',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(await episodeUkprns(learner.id)).toMatchObject({ Draft: '10000003', Completed: null });

    await patchUser(admin, learner.id, { learningProviderId: null });
    expect((await episodeUkprns(learner.id)).Draft).toBeNull();
  });

  it("leaves another learner's episodes alone", async () => {
    const third = await provider('Third Provider', '10000004');
    const bystander = await addLearner(t.db, w);
    await t.db
      .insert(fundingEpisodes)
      .values({ tenantId: w.tenant.id, learnerId: bystander.id, status: 'Draft' });
    const mover = await addLearner(t.db, w);
    await patchUser(admin, mover.id, { learningProviderId: third.id });
    expect((await episodeUkprns(bystander.id)).Draft).toBeNull();
  });
});
