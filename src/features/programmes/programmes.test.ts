/** GET /programmes answers from the one programmesOffered the learner form and rules use. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildLearnerWorld, type LearnerWorld } from '../../../test/support/learner-world.js';

let t: TestApp;
let w: LearnerWorld;
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildLearnerWorld(t.db);
  admin = await signInAs(t, w.tenant, w.admins.admin);
});
afterAll(() => t.close());

const names = async (query: string) => {
  const response = await admin.get(`/api/v1/programmes${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items.map((item: { name: string }) => item.name);
};

describe('GET /programmes', () => {
  it('lists every programme by name, or those offered on the groups, of a type', async () => {
    expect(await names('')).toEqual(['Care Worker', 'Eligibility', 'Maths', 'Software Developer']);
    expect(await names(`?groupId=${w.groups.left.id}`)).toEqual([
      'Eligibility',
      'Software Developer',
    ]);
    expect(await names(`?groupId=${w.groups.left.id}&type=delivery`)).toEqual([
      'Software Developer',
    ]);
    expect(await names(`?groupId=${w.groups.right.id}&groupId=${w.groups.digital.id}`)).toEqual([
      'Care Worker',
      'Eligibility',
      'Maths',
    ]);
    expect(await names('?type=application')).toEqual(['Eligibility']);
  });
});
