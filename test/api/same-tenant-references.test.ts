/**
 * The database itself keeps references inside a tenant: a raw insert or update that points a
 * user (or a group membership) at another tenant's row is refused with 23503, whatever code
 * wrote it.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  organisationAddresses,
  organisationContacts,
  organisations,
  positions,
  programmes,
  userGroups,
  users,
} from '../../src/db/schema.js';
import { pgErrorCode } from '../../src/platform/errors.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { buildAdmin, buildLearner, buildWorld } from '../support/factories.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildWorld>>;
let learnerId: number;
let foreign: Record<string, number>;

const refused = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  return pgErrorCode(error);
};

beforeAll(async () => {
  t = await startTestApp();
  world = await buildWorld(t.db);
  learnerId = (await buildLearner(t.db, world.tenant, [world.right])).id;
  const other = world.other.id;
  const [org] = await t.db
    .insert(organisations)
    .values({ tenantId: other, name: 'Elsewhere Ltd', type: 'employer' })
    .returning();
  const orgId = org?.id ?? 0;
  const [address] = await t.db
    .insert(organisationAddresses)
    .values({ tenantId: other, organisationId: orgId, postcode: 'LS1 4AP', line1: '1 Row' })
    .returning();
  const [contact] = await t.db
    .insert(organisationContacts)
    .values({ tenantId: other, organisationId: orgId, name: 'Someone' })
    .returning();
  const [programme] = await t.db
    .insert(programmes)
    .values({ tenantId: other, name: 'Elsewhere programme', type: 'delivery' })
    .returning();
  const [position] = await t.db
    .insert(positions)
    .values({ tenantId: other, title: 'Elsewhere title' })
    .returning();
  const otherAdmin = await buildAdmin(t.db, world.other, [world.otherRoot]);
  foreign = {
    caseOwnerId: otherAdmin.id,
    managerId: otherAdmin.id,
    mentorId: otherAdmin.id,
    programmeId: programme?.id ?? 0,
    targetProgrammeId: programme?.id ?? 0,
    employerId: orgId,
    employerAddressId: address?.id ?? 0,
    learningProviderId: orgId,
    referrerId: orgId,
    referrerAddressId: address?.id ?? 0,
    referrerContactId: contact?.id ?? 0,
    positionId: position?.id ?? 0,
  };
});
afterAll(() => t.close());

describe('references stay inside the tenant, in the database', () => {
  it('refuses an update of each reference column of users to another tenant (23503)', async () => {
    for (const [column, id] of Object.entries(foreign)) {
      const code = await refused(
        t.db
          .update(users)
          .set({ [column]: id })
          .where(eq(users.id, learnerId)),
      );
      expect(code, column).toBe('23503');
    }
  });

  it('refuses an insert of a user pointing into another tenant, and accepts its own tenant', async () => {
    const base = {
      tenantId: world.tenant.id,
      type: 'learner' as const,
      firstName: 'Raw',
      surname: 'Insert',
      subscriptionStatus: 'Prospect' as const,
    };
    const into = await refused(
      t.db.insert(users).values({ ...base, email: 'a@raw.test', caseOwnerId: foreign.caseOwnerId }),
    );
    expect(into).toBe('23503');
    const own = await refused(
      t.db.insert(users).values({ ...base, email: 'b@raw.test', caseOwnerId: world.admin.id }),
    );
    expect(own).toBeUndefined();
  });

  it("refuses a group membership in another tenant's group", async () => {
    const code = await refused(
      t.db.insert(userGroups).values({
        tenantId: world.tenant.id,
        userId: learnerId,
        groupId: world.otherRoot.id,
        rootId: world.otherRoot.id,
        exclusive: false,
      }),
    );
    expect(code).toBe('23503');
  });

  it('refuses to delete an organisation a user still points at', async () => {
    const [org] = await t.db
      .insert(organisations)
      .values({ tenantId: world.tenant.id, name: 'In use Ltd', type: 'employer' })
      .returning();
    await t.db
      .update(users)
      .set({ employerId: org?.id ?? 0 })
      .where(eq(users.id, learnerId));
    const code = await refused(
      t.db.delete(organisations).where(eq(organisations.id, org?.id ?? 0)),
    );
    expect(code).toBe('23503');
  });
});
