/**
 * Break-in attempts through request bodies: ids of another tenant's (or an unreachable group's)
 * records must never be linked, and the answer must not tell whether they exist.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationAddresses, organisations, userGroups, users } from '../../src/db/schema.js';
import { type Client, signInAs, startTestApp, type TestApp } from '../support/app.js';
import { buildAdmin, buildEmployer, buildLearner } from '../support/factories.js';
import {
  addLearner,
  buildLearnerWorld,
  type LearnerWorld,
  patchUser,
} from '../support/learner-world.js';

let t: TestApp;
let world: LearnerWorld;
let admin: Client;
let foreign: Record<string, number>;

beforeAll(async () => {
  t = await startTestApp();
  world = await buildLearnerWorld(t.db);
  admin = await signInAs(t, world.tenant, world.admins.admin);
  const other = world.other;
  const otherLearner = await buildLearner(t.db, other.tenant, [other.root]);
  const otherEmployerUser = await buildEmployer(t.db, other.tenant, [other.root], {
    extra: { employerId: other.employer?.id ?? null },
  });
  const [otherAddress] = await t.db
    .insert(organisationAddresses)
    .values({
      tenantId: other.tenant.id,
      organisationId: other.employer?.id ?? 0,
      postcode: 'M1 1AE',
      line1: 'x',
    })
    .returning();
  const [otherReferrer] = await t.db
    .insert(organisations)
    .values({ tenantId: other.tenant.id, name: 'Other referrer', type: 'referrer' })
    .returning();
  foreign = {
    group: other.root.id,
    admin: other.admin.id,
    employer: other.employer?.id ?? 0,
    employerAddress: otherAddress?.id ?? 0,
    employerUser: otherEmployerUser.id,
    learner: otherLearner.id,
    referrer: otherReferrer?.id ?? 0,
  };
});
afterAll(() => t.close());

const refused = (response: { statusCode: number; body: string }) => {
  expect([404, 409, 422], response.body).toContain(response.statusCode);
};

describe('foreign ids in request bodies', () => {
  it('PATCH /users/:id links nothing of another tenant', async () => {
    const learner = await addLearner(t.db, world);
    const attempts: Record<string, unknown>[] = [
      { groupIds: [foreign.group] },
      { groupIds: [world.groups.left.id, foreign.group] },
      { caseOwnerId: foreign.admin },
      { employerId: foreign.employer },
      { employerId: world.orgs.acme.id, employerAddressId: foreign.employerAddress },
      { employerId: world.orgs.acme.id, managerId: foreign.employerUser },
      { employerId: world.orgs.acme.id, mentorId: foreign.employerUser },
      { learningProviderId: foreign.employer },
      { referrerId: foreign.referrer },
    ];
    for (const body of attempts) refused(await patchUser(admin, learner.id, body));
    const [row] = await t.db.select().from(users).where(eq(users.id, learner.id));
    expect(row).toMatchObject({
      caseOwnerId: world.admins.admin.id,
      employerId: null,
      managerId: null,
      referrerId: null,
      version: 1,
    });
    const groups = await t.db.select().from(userGroups).where(eq(userGroups.userId, learner.id));
    expect(groups.map((g) => g.groupId)).toEqual([world.groups.left.id]);
  });

  it("POST /learners refuses another tenant's group, case owner and employer", async () => {
    const base = {
      invite: false,
      firstName: 'Fran',
      surname: 'Foreign',
      gender: 'female',
      email: 'fran@example.test',
      groupIds: [world.groups.left.id],
    };
    refused(
      await admin.request('POST', '/api/v1/learners', { ...base, groupIds: [foreign.group] }),
    );
    refused(
      await admin.request('POST', '/api/v1/learners', { ...base, caseOwnerId: foreign.admin }),
    );
    refused(
      await admin.request('POST', '/api/v1/learners', { ...base, employerId: foreign.employer }),
    );
    const [made] = await t.db.select().from(users).where(eq(users.email, 'fran@example.test'));
    expect(made).toBeUndefined();
  });

  it('an administrator with partial access cannot put a learner into a group they cannot reach', async () => {
    const learner = await addLearner(t.db, world);
    const left = await signInAs(t, world.tenant, world.admins.leftAdmin);
    refused(await patchUser(left, learner.id, { groupIds: [world.groups.right.id] }));
    refused(
      await left.request('POST', '/api/v1/access-codes', {
        quantity: 1,
        groupIds: [world.groups.right.id],
      }),
    );
  });

  it("access codes and organisation addresses refuse another tenant's records", async () => {
    refused(
      await admin.request('POST', '/api/v1/access-codes', {
        quantity: 1,
        groupIds: [foreign.group],
      }),
    );
    refused(
      await admin.request('POST', `/api/v1/organisations/${foreign.employer}/addresses`, {
        postcode: 'LS1 4AP',
        line1: '1 Street',
      }),
    );
    refused(
      await admin.request('POST', `/api/v1/organisations/${foreign.employer}/contacts`, {
        name: 'Mallory',
      }),
    );
  });

  it('an employer user or learner signed in cannot use the administrator API', async () => {
    const employer = await buildEmployer(t.db, world.tenant, [world.groups.left]);
    const learner = await buildLearner(t.db, world.tenant, [world.groups.left]);
    for (const person of [employer, learner]) {
      const client = await signInAs(t, world.tenant, person);
      expect((await client.get('/api/v1/users')).statusCode).toBe(403);
      expect(
        (
          await client.request('POST', '/api/v1/access-codes', {
            quantity: 1,
            groupIds: [world.groups.left.id],
          })
        ).statusCode,
      ).toBe(403);
      const self = await client.request('PATCH', `/api/v1/users/${person.id}`, {
        version: 1,
        firstName: 'Hacked',
      });
      expect([403, 404]).toContain(self.statusCode);
    }
  });

  it('support cannot read or change learners', async () => {
    const supportUser = await buildAdmin(t.db, world.tenant, [], { role: 'support' });
    const support = await signInAs(t, world.tenant, supportUser);
    const learner = await addLearner(t.db, world);
    expect((await support.get(`/api/v1/users/${learner.id}`)).statusCode).toBe(404);
    expect((await patchUser(support, learner.id, { firstName: 'Hacked' })).statusCode).toBe(404);
  });
});
