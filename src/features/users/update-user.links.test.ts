import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  addLearner,
  buildLearnerWorld,
  fieldsOf,
  type LearnerWorld,
  patchUser,
} from '../../../test/support/learner-world.js';
import { userGroups } from '../../db/schema.js';

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
const fieldOf = async (id: number, body: Record<string, unknown>, field: string, client = admin) =>
  fieldsOf(await patchUser(client, id, body))[field];

describe('PATCH /users/:id — groups', () => {
  it('moves a learner within a hierarchy and adds another hierarchy', async () => {
    const { id } = await learner();
    const response = await patchUser(admin, id, {
      groupIds: [w.groups.right.id, w.groups.digital.id],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect([...response.json().groupIds].sort()).toEqual(
      [w.groups.right.id, w.groups.digital.id].sort(),
    );
  });
  it('requires a group, and one per root hierarchy', async () => {
    const { id } = await learner();
    expect(await fieldOf(id, { groupIds: [] }, 'groupIds')).toBe('Please specify the user group.');
    expect(
      await fieldOf(id, { groupIds: [w.groups.left.id, w.groups.right.id] }, 'groupIds'),
    ).toMatch(/only one group of each hierarchy/);
  });
  it('keeps links to groups a partial-access administrator cannot reach, whatever they send', async () => {
    const { id } = await learner({ groups: [w.groups.left, w.groups.digital] });
    const response = await patchUser(leftAdmin, id, { groupIds: [w.groups.left.id] });
    expect(response.statusCode, response.body).toBe(200);
    expect([...response.json().groupIds].sort()).toEqual(
      [w.groups.left.id, w.groups.digital.id].sort(),
    );
    expect(await fieldOf(id, { groupIds: [w.groups.right.id] }, 'groupIds', leftAdmin)).toMatch(
      /do not have access/,
    );
  });
  it('lets a partial-access administrator unselect all their groups (and so lose the learner)', async () => {
    const { id } = await learner({ groups: [w.groups.left, w.groups.digital] });
    const response = await patchUser(leftAdmin, id, { groupIds: [] });
    expect(response.statusCode, response.body).toBe(200);
    const links = await t.db.select().from(userGroups).where(eq(userGroups.userId, id));
    expect(links.map((link) => link.groupId)).toEqual([w.groups.digital.id]);
    expect((await leftAdmin.get(`/api/v1/users/${id}`)).statusCode).toBe(404);
  });
  it('refuses to leave a learner with no group at all', async () => {
    const { id } = await learner();
    expect(await fieldOf(id, { groupIds: [] }, 'groupIds', leftAdmin)).toBe(
      'Please specify the user group.',
    );
  });
});

describe('PATCH /users/:id — case owner', () => {
  it('takes an administrator with access to one of the groups, Prospect, Invited or Full user', async () => {
    const { id } = await learner();
    expect(
      (await patchUser(admin, id, { caseOwnerId: w.admins.leftAdmin.id })).json().caseOwnerId,
    ).toBe(w.admins.leftAdmin.id);
    for (const caseOwnerId of [
      w.admins.rightAdmin.id,
      w.admins.archivedAdmin.id,
      w.employers.acmeLeft.id,
      w.other.admin.id,
    ])
      expect(await fieldOf(id, { caseOwnerId }, 'caseOwnerId')).toMatch(/^Choose a case owner/);
  });
});

describe('PATCH /users/:id — programmes', () => {
  it('takes a delivery programme of the groups as target programme, resetting it when the groups drop it', async () => {
    const { id } = await learner();
    expect(
      await fieldOf(id, { targetProgrammeId: w.programmes.eligibility.id }, 'targetProgrammeId'),
    ).toBe("Choose a delivery programme offered by the learner's groups.");
    expect(
      await fieldOf(id, { targetProgrammeId: w.programmes.care.id }, 'targetProgrammeId'),
    ).toBeTruthy();
    const saved = await patchUser(admin, id, { targetProgrammeId: w.programmes.software.id });
    expect(saved.json().targetProgrammeId).toBe(w.programmes.software.id);
    const moved = await patchUser(admin, id, { groupIds: [w.groups.right.id] });
    expect(moved.json().targetProgrammeId).toBeNull();
  });
  it('does not change the programme on this form (it is applied on creation)', async () => {
    const { id } = await learner({ extra: { programmeId: w.programmes.software.id } });
    expect(await fieldOf(id, { programmeId: w.programmes.eligibility.id }, 'programmeId')).toMatch(
      /cannot be changed/,
    );
    expect(
      (await patchUser(admin, id, { programmeId: w.programmes.software.id, firstName: 'Same' }))
        .statusCode,
    ).toBe(200);
  });
});

describe('PATCH /users/:id — organisations', () => {
  it('takes your own or a training organisation as learning provider, nothing else', async () => {
    const { id } = await learner();
    expect(
      (await patchUser(admin, id, { learningProviderId: w.orgs.training.id })).json()
        .learningProviderId,
    ).toBe(w.orgs.training.id);
    expect((await patchUser(admin, id, { learningProviderId: w.orgs.own.id })).statusCode).toBe(
      200,
    );
    expect(await fieldOf(id, { learningProviderId: w.orgs.acme.id }, 'learningProviderId')).toMatch(
      /learning provider/,
    );
  });
  it('takes an employer organisation, and an address of that employer', async () => {
    const { id } = await learner();
    expect(await fieldOf(id, { employerId: w.orgs.referrer.id }, 'employerId')).toBe(
      'Choose an employer organisation.',
    );
    expect(await fieldOf(id, { employerId: w.other.employer?.id }, 'employerId')).toBe(
      'Choose an employer organisation.',
    );
    expect(
      await fieldOf(id, { employerAddressId: w.addresses.acmeAddress.id }, 'employerAddressId'),
    ).toMatch(/Choose the employer first/);
    expect(
      await fieldOf(
        id,
        { employerId: w.orgs.acme.id, employerAddressId: w.addresses.brightAddress.id },
        'employerAddressId',
      ),
    ).toMatch(/address of the employer/);
    const saved = await patchUser(admin, id, {
      employerId: w.orgs.acme.id,
      employerAddressId: w.addresses.acmeAddress.id,
    });
    expect(saved.json()).toMatchObject({
      employerId: w.orgs.acme.id,
      employerAddressId: w.addresses.acmeAddress.id,
    });
  });
  it('resets the employer address, manager and mentor when the employer changes', async () => {
    const { id } = await learner({
      extra: {
        employerId: w.orgs.acme.id,
        employerAddressId: w.addresses.acmeAddress.id,
        managerId: w.employers.acmeLeft.id,
        mentorId: w.employers.acmeLeft.id,
      },
    });
    const changed = await patchUser(admin, id, { employerId: w.orgs.bright.id });
    expect(changed.json()).toMatchObject({
      employerId: w.orgs.bright.id,
      employerAddressId: null,
      managerId: null,
      mentorId: null,
    });
  });
  it('takes as manager or mentor an employer user of the employer who shares a group, visible to the administrator', async () => {
    const { id } = await learner({ extra: { employerId: w.orgs.acme.id } });
    const saved = await patchUser(admin, id, {
      managerId: w.employers.acmeLeft.id,
      mentorId: w.employers.acmeLeft.id,
    });
    expect(saved.json()).toMatchObject({
      managerId: w.employers.acmeLeft.id,
      mentorId: w.employers.acmeLeft.id,
    });
    expect(await fieldOf(id, { managerId: w.employers.acmeRight.id }, 'managerId')).toMatch(
      /share a group/,
    );
    expect(await fieldOf(id, { mentorId: w.employers.brightLeft.id }, 'mentorId')).toMatch(
      /employer users of the learner's employer/,
    );
    expect(await fieldOf(id, { managerId: w.admins.leftAdmin.id }, 'managerId')).toBeTruthy();
    const none = await learner();
    expect(await fieldOf(none.id, { managerId: w.employers.acmeLeft.id }, 'managerId')).toMatch(
      /Choose the employer first/,
    );
  });
  it('does not offer a manager the administrator cannot see', async () => {
    const { id } = await learner({
      groups: [w.groups.left, w.groups.digital],
      extra: { employerId: w.orgs.acme.id },
    });
    const { buildEmployer } = await import('../../../test/support/factories.js');
    const hidden = await buildEmployer(t.db, w.tenant, [w.groups.digital], {
      extra: { employerId: w.orgs.acme.id },
    });
    expect(await fieldOf(id, { managerId: hidden.id }, 'managerId', leftAdmin)).toMatch(
      /share a group/,
    );
    expect((await patchUser(admin, id, { managerId: hidden.id })).statusCode).toBe(200);
    // Once linked by someone who may see them, the link survives the partial-access administrator's saves.
    expect(
      (await patchUser(leftAdmin, id, { managerId: hidden.id, firstName: 'Kept' })).statusCode,
    ).toBe(200);
  });
  it('resets a manager who no longer shares a group after the groups change', async () => {
    const { id } = await learner({
      extra: { employerId: w.orgs.acme.id, managerId: w.employers.acmeLeft.id },
    });
    const moved = await patchUser(admin, id, { groupIds: [w.groups.right.id] });
    expect(moved.json().managerId).toBeNull();
  });
  it('takes any referrer organisation with its own address and contact, reset when the referrer changes', async () => {
    const { id } = await learner();
    expect(await fieldOf(id, { referrerId: w.orgs.acme.id }, 'referrerId')).toBe(
      'Choose a referrer organisation.',
    );
    expect(
      await fieldOf(
        id,
        { referrerId: w.orgs.referrer.id, referrerAddressId: w.addresses.referrer2Address.id },
        'referrerAddressId',
      ),
    ).toMatch(/address of the referrer/);
    expect(
      await fieldOf(
        id,
        { referrerId: w.orgs.referrer.id, referrerContactId: w.contacts.referrer2Contact.id },
        'referrerContactId',
      ),
    ).toMatch(/contact of the referrer/);
    const saved = await patchUser(admin, id, {
      referrerId: w.orgs.referrer.id,
      referrerAddressId: w.addresses.referrerAddress.id,
      referrerContactId: w.contacts.referrerContact.id,
    });
    expect(saved.json()).toMatchObject({
      referrerAddressId: w.addresses.referrerAddress.id,
      referrerContactId: w.contacts.referrerContact.id,
    });
    const changed = await patchUser(leftAdmin, id, { referrerId: w.orgs.referrer2.id });
    expect(changed.json()).toMatchObject({
      referrerId: w.orgs.referrer2.id,
      referrerAddressId: null,
      referrerContactId: null,
    });
  });
});
