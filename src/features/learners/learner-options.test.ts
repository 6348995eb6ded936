import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  addLearner,
  buildLearnerWorld,
  type LearnerWorld,
  setTenantSettings,
} from '../../../test/support/learner-world.js';

let t: TestApp;
let w: LearnerWorld;
let admin: Client;
let leftAdmin: Client;
let outsider: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildLearnerWorld(t.db);
  admin = await signInAs(t, w.tenant, w.admins.admin);
  leftAdmin = await signInAs(t, w.tenant, w.admins.leftAdmin);
  outsider = await signInAs(t, w.other.tenant, w.other.admin);
});
afterAll(() => t.close());

const options = async (query: string, client = admin) => {
  const response = await client.get(`/api/v1/learner-options${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const ids = (list: { id: number }[]) => list.map((item) => item.id);
const namesOf = (list: { name: string }[]) => list.map((item) => item.name);

describe('GET /learner-options', () => {
  it('recalculates case owners and programmes for the chosen groups', async () => {
    const left = await options(`?groupIds=${w.groups.left.id}`);
    expect(namesOf(left.caseOwners)).toEqual(['Ada Admin', 'Lee Left']);
    expect(namesOf(left.programmes)).toEqual(['Eligibility', 'Software Developer']);
    expect(namesOf(left.targetProgrammes)).toEqual(['Software Developer']);
    const both = await options(`?groupIds=${w.groups.right.id}&groupIds=${w.groups.digital.id}`);
    expect(namesOf(both.caseOwners)).toEqual(['Ada Admin', 'Dee Digital', 'Rae Right']);
    expect(namesOf(both.targetProgrammes)).toEqual(['Care Worker', 'Maths']);
    expect((await options('')).caseOwners).toEqual([]);
  });

  it('lists organisations by type, and the chosen employer and referrer parts', async () => {
    const answer = await options(
      `?groupIds=${w.groups.left.id}&employerId=${w.orgs.acme.id}&referrerId=${w.orgs.referrer.id}`,
    );
    expect(namesOf(answer.learningProviders)).toEqual(['Our College', 'Partner Training']);
    expect(namesOf(answer.employers)).toEqual(['Acme Ltd', 'Bright Ltd']);
    expect(namesOf(answer.referrers)).toEqual(['Council', 'Jobcentre']);
    expect(ids(answer.employerAddresses)).toEqual([w.addresses.acmeAddress.id]);
    expect(ids(answer.referrerAddresses)).toEqual([w.addresses.referrerAddress.id]);
    expect(ids(answer.referrerContacts)).toEqual([w.contacts.referrerContact.id]);
    expect(ids(answer.managers)).toEqual([w.employers.acmeLeft.id]);
    expect(answer.mentors).toEqual(answer.managers);
    // Namesakes told apart: email and organisation beside the name.
    expect(answer.managers[0]).toMatchObject({
      name: 'Amy Boss',
      email: w.employers.acmeLeft.email,
      organisation: 'Acme Ltd',
    });
    const empty = await options(`?employerId=&referrerId=`);
    expect(empty.employerAddresses).toEqual([]);
  });

  it('tells whether the case owner survives the chosen groups, counting the links the administrator cannot reach', async () => {
    const learner = await addLearner(t.db, w, {
      groups: [w.groups.left, w.groups.digital],
      extra: { caseOwnerId: w.admins.digitalAdmin.id },
    });
    const kept = await options(`?userId=${learner.id}&groupIds=${w.groups.right.id}`, leftAdmin);
    expect(kept.caseOwnerStillValid).toBe(true);
    expect(namesOf(kept.caseOwners)).toContain('Dee Digital');
    const byLeftOwner = await addLearner(t.db, w, {
      extra: { caseOwnerId: w.admins.leftAdmin.id },
    });
    expect(
      (await options(`?userId=${byLeftOwner.id}&groupIds=${w.groups.right.id}`))
        .caseOwnerStillValid,
    ).toBe(false);
    expect((await options(`?userId=${byLeftOwner.id}`)).caseOwnerStillValid).toBe(true);
  });

  it("gives the tenant's field settings and features, and the programme's custom fields and advice packs", async () => {
    await setTenantSettings(t.db, w.tenant.id, {
      fields: { title: 'hidden', employer: 'mandatory' },
      features: { saml: true, console: true, classic: true, multiFactor: true },
      samlIdentityProviders: ['Okta'],
    });
    try {
      const answer = await options(
        `?groupIds=${w.groups.right.id}&programmeId=${w.programmes.care.id}`,
      );
      expect(answer.fieldSettings).toMatchObject({
        title: 'hidden',
        employer: 'mandatory',
        mentor: 'visible',
      });
      expect(Object.keys(answer.fieldSettings)).toHaveLength(20);
      expect(answer.features.multiFactor).toBe(true);
      expect(answer.samlIdentityProviders).toEqual(['Okta']);
      expect(answer.customFields).toEqual([
        { key: 'uln', label: 'Unique learner number', kind: 'text', options: [], mandatory: true },
        { key: 'shoe', label: 'Shoe size', kind: 'text', options: [], mandatory: false },
      ]);
      expect(answer.advice).toEqual({
        enabled: true,
        defaultPack: 'standard',
        packs: ['standard', 'professional'],
      });
      const templated = await options(`?programmeId=${w.programmes.software.id}`);
      expect(templated.referenceTemplate).toEqual({ prefix: 'SD-', digits: 5 });
    } finally {
      await setTenantSettings(t.db, w.tenant.id, {});
    }
    expect((await options('')).samlIdentityProviders).toEqual([]);
  });

  it('shows nothing of another tenant, nor groups the administrator cannot access', async () => {
    const foreign = await options(
      `?groupIds=${w.groups.left.id}&employerId=${w.orgs.acme.id}&programmeId=${w.programmes.care.id}`,
      outsider,
    );
    expect(foreign.caseOwners).toEqual([]);
    expect(foreign.managers).toEqual([]);
    expect(foreign.employerAddresses).toEqual([]);
    expect(foreign.customFields).toEqual([]);
    const notMine = await options(`?groupIds=${w.groups.right.id}`, leftAdmin);
    expect(notMine.caseOwners).toEqual([]);
    const learner = await addLearner(t.db, w, { groups: [w.groups.right] });
    expect((await leftAdmin.get(`/api/v1/learner-options?userId=${learner.id}`)).statusCode).toBe(
      404,
    );
  });
});
