/**
 * The case owner is mandatory (issue 7, edit-user.txt): Add user and Edit User refuse a learner
 * without one while any administrator qualifies for the learner's groups; only when none does
 * may the learner be saved with "no owner".
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../../test/support/app.js';
import { buildAdmin, buildGroup } from '../../../../test/support/factories.js';
import {
  addLearner,
  buildLearnerWorld,
  fieldsOf,
  type LearnerWorld,
  patchUser,
} from '../../../../test/support/learner-world.js';
import { users } from '../../../db/schema.js';
import {
  CASE_OWNER_DROPPED_MESSAGE,
  CASE_OWNER_MESSAGE,
  CASE_OWNER_REQUIRED_MESSAGE,
} from './case-owner.js';

let t: TestApp;
let w: LearnerWorld;
let admin: Client;
let leftAdmin: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildLearnerWorld(t.db);
  admin = await signInAs(t, w.tenant, w.admins.admin);
  leftAdmin = await signInAs(t, w.tenant, w.admins.leftAdmin);
});
afterAll(() => t.close());

const learner = (options: Parameters<typeof addLearner>[2] = {}) => addLearner(t.db, w, options);
const stored = async (id: number) => {
  const [row] = await t.db.select().from(users).where(eq(users.id, id));
  return row;
};

describe('case owner on Add user (POST /learners)', () => {
  const body = (email: string, extra: Record<string, unknown> = {}) => ({
    invite: false,
    firstName: 'Olu',
    surname: 'Owner',
    gender: 'male',
    email,
    groupIds: [w.groups.left.id],
    ...extra,
  });

  it('refuses "no owner" while administrators qualify, and writes nothing', async () => {
    const response = await admin.request(
      'POST',
      '/api/v1/learners',
      body('no.owner@example.test', { caseOwnerId: null }),
    );
    expect(fieldsOf(response)).toEqual({ caseOwnerId: CASE_OWNER_REQUIRED_MESSAGE });
    expect(response.json().error.code).toBe('validation_failed');
    const rows = await t.db.select().from(users).where(eq(users.email, 'no.owner@example.test'));
    expect(rows).toHaveLength(0);
  });

  it('defaults to the creating administrator, or takes another who qualifies', async () => {
    const mine = await leftAdmin.request('POST', '/api/v1/learners', body('mine@example.test'));
    expect(mine.json().caseOwnerId).toBe(w.admins.leftAdmin.id);
    const other = await admin.request(
      'POST',
      '/api/v1/learners',
      body('other@example.test', { caseOwnerId: w.admins.leftAdmin.id }),
    );
    expect(other.json().caseOwnerId).toBe(w.admins.leftAdmin.id);
  });
});

describe('case owner on Edit User (PATCH /users/:id)', () => {
  it('refuses to save a learner stored with no owner until one is chosen', async () => {
    const { id } = await learner({ extra: { caseOwnerId: null } });
    const refused = await patchUser(admin, id, { firstName: 'Nora' });
    expect(fieldsOf(refused)).toEqual({ caseOwnerId: CASE_OWNER_REQUIRED_MESSAGE });
    expect((await stored(id))?.firstName).toBe('Test');
    const saved = await patchUser(admin, id, {
      firstName: 'Nora',
      caseOwnerId: w.admins.leftAdmin.id,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ firstName: 'Nora', caseOwnerId: w.admins.leftAdmin.id });
  });

  it('refuses clearing the case owner', async () => {
    const { id } = await learner();
    expect(fieldsOf(await patchUser(admin, id, { caseOwnerId: null }))).toEqual({
      caseOwnerId: CASE_OWNER_REQUIRED_MESSAGE,
    });
    expect((await stored(id))?.caseOwnerId).toBe(w.admins.admin.id);
  });

  it('refuses a group change that drops the owner unless a new one is chosen', async () => {
    const { id } = await learner({ extra: { caseOwnerId: w.admins.leftAdmin.id } });
    const moved = await patchUser(admin, id, { groupIds: [w.groups.right.id] });
    expect(fieldsOf(moved)).toEqual({ caseOwnerId: CASE_OWNER_DROPPED_MESSAGE });
    const sentBack = await patchUser(admin, id, {
      groupIds: [w.groups.right.id],
      caseOwnerId: w.admins.leftAdmin.id,
    });
    expect(fieldsOf(sentBack).caseOwnerId).toBe(CASE_OWNER_MESSAGE);
    const withNew = await patchUser(admin, id, {
      groupIds: [w.groups.right.id],
      caseOwnerId: w.admins.rightAdmin.id,
    });
    expect(withNew.json()).toMatchObject({
      groupIds: [w.groups.right.id],
      caseOwnerId: w.admins.rightAdmin.id,
    });
    const kept = await learner();
    const keptMove = await patchUser(admin, kept.id, { groupIds: [w.groups.right.id] });
    expect(keptMove.json().caseOwnerId).toBe(w.admins.admin.id);
  });

  it('saves "no owner" only when no administrator at all qualifies for the groups', async () => {
    // Nobody has access to Outpost; an archived administrator does not count.
    const outpost = await buildGroup(t.db, w.tenant, 'Outpost');
    await buildAdmin(t.db, w.tenant, [outpost], { status: 'Archived' });
    const { id } = await learner({
      groups: [w.groups.left, outpost],
      extra: { caseOwnerId: w.admins.leftAdmin.id },
    });
    const options = await leftAdmin.get(
      `/api/v1/learner-options?userId=${id}&groupIds=${outpost.id}`,
    );
    expect(options.json().caseOwners).toEqual([]);
    // The partial-access administrator unselects Left: the learner keeps Outpost only.
    const response = await patchUser(leftAdmin, id, { groupIds: [] });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ groupIds: [outpost.id], caseOwnerId: null });
  });
});
