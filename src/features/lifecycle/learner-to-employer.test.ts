/**
 * Issue 12, learner → employer: one guided action archives the learner, frees the email and
 * creates the employer user with the same details, audited on both; every refusal (a funding
 * batch, a bad employer field, not a learner, someone else's learner) changes nothing.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildWorld } from '../../../test/support/factories.js';
import {
  addLearner,
  buildLearnerWorld,
  fieldsOf,
  type LearnerWorld,
} from '../../../test/support/learner-world.js';
import { auditLog, fundingEpisodes, users } from '../../db/schema.js';

let t: TestApp;
let w: LearnerWorld;
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildLearnerWorld(t.db);
  admin = await signInAs(t, w.tenant, w.admins.admin);
});
afterAll(() => t.close());

const body = () => ({
  invite: false,
  groupIds: [w.groups.left.id],
  employerId: w.orgs.acme.id,
  title: 'Mr',
  mobile: '07700 900456',
  roles: ['manager'],
});
const make = (id: number, extra: Record<string, unknown> = {}, client = admin) =>
  client.request('POST', `/api/v1/users/${id}/make-employer`, { ...body(), ...extra });

const rowOf = async (id: number) => {
  const [row] = await t.db.select().from(users).where(eq(users.id, id));
  return row;
};

describe('POST /users/{id}/make-employer', () => {
  it('archives the learner, frees the email and creates the employer, audited on both', async () => {
    const learner = await addLearner(t.db, w, { status: 'FullUser' });
    const response = await make(learner.id);
    expect(response.statusCode, response.body).toBe(201);
    const { learner: archived, employer } = response.json();
    expect(archived).toMatchObject({ subscriptionStatus: 'Archived', email: null, username: null });
    expect(employer).toMatchObject({
      type: 'employer',
      subscriptionStatus: 'Prospect',
      firstName: learner.firstName,
      surname: learner.surname,
      email: learner.email,
      title: 'Mr',
      employerId: w.orgs.acme.id,
      employerRoles: ['manager'],
    });
    const audits = await t.db
      .select({ entityId: auditLog.entityId, action: auditLog.action, after: auditLog.after })
      .from(auditLog)
      .where(
        and(
          inArray(auditLog.entityId, [String(learner.id), String(employer.id)]),
          inArray(auditLog.action, [
            'user_archive',
            'user_made_employer',
            'user_created_from_learner',
          ]),
        ),
      );
    expect(audits.map((a) => `${a.entityId}:${a.action}`).sort()).toEqual(
      [
        `${learner.id}:user_archive`,
        `${learner.id}:user_made_employer`,
        `${employer.id}:user_created_from_learner`,
      ].sort(),
    );
    expect(audits.find((a) => a.action === 'user_created_from_learner')?.after).toEqual({
      learnerId: learner.id,
    });
  });

  it('is refused for a learner in a funding batch, with the FAQ words, and nothing changes', async () => {
    const learner = await addLearner(t.db, w, { status: 'FullUser' });
    await t.db.insert(fundingEpisodes).values({
      tenantId: w.tenant.id,
      learnerId: learner.id,
      status: 'Submitted',
      inBatch: true,
    });
    const response = await make(learner.id);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('in_ilr_batch');
    expect(await rowOf(learner.id)).toMatchObject({
      subscriptionStatus: 'FullUser',
      email: learner.email,
    });
    const employers = await t.db
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.tenantId, w.tenant.id),
          eq(users.type, 'employer'),
          eq(users.email, learner.email ?? ''),
        ),
      );
    expect(employers).toEqual([]);
  });

  it('names a bad employer field and rolls the archive back', async () => {
    const learner = await addLearner(t.db, w, { status: 'Invited' });
    const response = await make(learner.id, { employerId: null, groupIds: [] });
    expect(fieldsOf(response)).toMatchObject({
      employerId: expect.any(String),
      groupIds: expect.any(String),
    });
    expect(await rowOf(learner.id)).toMatchObject({
      subscriptionStatus: 'Invited',
      email: learner.email,
      username: learner.username,
    });
  });

  it('refuses a user who is not a learner, and hides other tenants’ and groups’ learners', async () => {
    const notLearner = await make(w.admins.leftAdmin.id);
    expect(notLearner.statusCode).toBe(422);
    expect(notLearner.json().error.code).toBe('not_a_learner');

    const rightLearner = await addLearner(t.db, w, { groups: [w.groups.right] });
    const leftAdmin = await signInAs(t, w.tenant, w.admins.leftAdmin);
    expect((await make(rightLearner.id, {}, leftAdmin)).statusCode).toBe(404);

    const other = await buildWorld(t.db);
    const otherAdmin = await signInAs(t, other.tenant, other.admin);
    expect((await make(rightLearner.id, {}, otherAdmin)).statusCode).toBe(404);
    expect((await rowOf(rightLearner.id))?.subscriptionStatus).not.toBe('Archived');
  });
});
