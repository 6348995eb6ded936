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
import { auditLog, outbox, userGroups } from '../../db/schema.js';

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

let n = 0;
/** A Prospect employer user of Acme in Left, made through Add Employer. */
async function prospect(body: Record<string, unknown> = {}) {
  const response = await admin.request('POST', '/api/v1/employers', {
    invite: false,
    title: 'Mr',
    firstName: 'Wrong',
    surname: 'Namee',
    email: `edit.${++n}@employer.test`,
    mobile: '07809 257674',
    groupIds: [w.groups.left.id],
    employerId: w.orgs.acme.id,
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: number; version: number; email: string };
}

describe('PATCH /users/:id on an employer user', () => {
  it('corrects the details before the invitation, with Add Employer’s fields, then invites', async () => {
    const { id, version } = await prospect();
    const response = await patchUser(admin, id, {
      title: 'Ms',
      firstName: 'Right',
      surname: 'Name',
      mobile: '07700 900123',
      groupIds: [w.groups.left.id, w.groups.right.id],
      employerId: w.orgs.bright.id,
      roles: ['manager', 'view_all_in_groups'],
      positionTitle: 'Site Supervisor',
      address: { postcode: 'ls1 4ap', country: 'United Kingdom' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const user = response.json();
    expect(user).toMatchObject({
      type: 'employer',
      subscriptionStatus: 'Prospect',
      title: 'Ms',
      firstName: 'Right',
      surname: 'Name',
      employerId: w.orgs.bright.id,
      employerRoles: ['manager', 'view_all_in_groups'],
      address: { postcode: 'LS1 4AP' },
      version: version + 1,
    });
    expect(user.groupIds.sort()).toEqual([w.groups.left.id, w.groups.right.id].sort());
    const links = await t.db.select().from(userGroups).where(eq(userGroups.userId, id));
    expect(links.every((link) => !link.exclusive)).toBe(true);
    const positions = (await admin.get('/api/v1/positions')).json().items;
    expect(positions).toContainEqual({ id: user.positionId, title: 'Site Supervisor' });
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(id)));
    expect(entry).toBeDefined();
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'user_updated'));
    expect(audits.find((a) => a.entityId === String(id))?.after).toMatchObject({
      firstName: 'Right',
      employerRoles: ['manager', 'view_all_in_groups'],
    });

    const invited = await admin.request('POST', `/api/v1/users/${id}/invitation`, {});
    expect(invited.statusCode, invited.body).toBe(202);
    const mails = await t.db.select().from(outbox).where(eq(outbox.userId, id));
    expect(mails).toHaveLength(1);
  });

  it('keeps what is left out; clears the position with null', async () => {
    const { id } = await prospect({ roles: ['mentor'], positionTitle: 'Chef' });
    const renamed = await patchUser(admin, id, { firstName: 'Only' });
    expect(renamed.json()).toMatchObject({ firstName: 'Only', employerRoles: ['mentor'] });
    expect(renamed.json().positionId).not.toBeNull();
    const cleared = await patchUser(admin, id, { positionId: null });
    expect(cleared.json().positionId).toBeNull();
  });

  it('holds the employer rules: title, mobile, a group, an employer organisation, an interface', async () => {
    const { id } = await prospect();
    const response = await patchUser(admin, id, {
      title: null,
      mobile: '',
      email: 'not an email',
      groupIds: [],
      employerId: w.orgs.referrer.id,
      consoleAccess: false,
      classicAccess: false,
      positionId: 999_999,
    });
    expect(fieldsOf(response)).toMatchObject({
      title: 'Enter the title.',
      mobile: 'Enter the mobile number.',
      email: expect.stringMatching(/correct format/),
      groupIds: 'Choose at least one employer group.',
      employerId: 'Choose an employer organisation.',
      consoleAccess: 'Choose at least one interface.',
      positionId: 'Choose a position from the list, or type a new one.',
    });
    const cleared = await patchUser(admin, id, { employerId: null });
    expect(fieldsOf(cleared)).toEqual({ employerId: 'Choose the employer organisation.' });
  });

  it('refuses an email another account holds, and learner-only fields by name', async () => {
    const first = await prospect();
    const { id } = await prospect();
    expect(fieldsOf(await patchUser(admin, id, { email: first.email })).email).toMatch(
      /already registered to another account/,
    );
    const learnerOnly = await patchUser(admin, id, {
      caseOwnerId: w.admins.admin.id,
      dateOfBirth: '2000-01-01',
      managerId: null,
    });
    expect(Object.keys(fieldsOf(learnerOnly)).sort()).toEqual(['caseOwnerId', 'dateOfBirth']);
  });

  it('refuses roles and a position on a learner', async () => {
    const learner = await addLearner(t.db, w);
    expect(fieldsOf(await patchUser(admin, learner.id, { roles: ['manager'] }))).toEqual({
      roles: 'Only employer users have roles and a position.',
    });
  });

  it('keeps a manager in the organisation of the learners they manage', async () => {
    const { id } = await prospect();
    await addLearner(t.db, w, { extra: { employerId: w.orgs.acme.id, managerId: id } });
    const moved = await patchUser(admin, id, { employerId: w.orgs.bright.id });
    expect(fieldsOf(moved).employerId).toMatch(/manager or mentor of 1 learner of their/);
    const same = await patchUser(admin, id, { employerId: w.orgs.acme.id, firstName: 'Stays' });
    expect(same.statusCode, same.body).toBe(200);
  });

  it('answers a stale version with 409 and writes nothing', async () => {
    const { id, version } = await prospect();
    const first = await patchUser(admin, id, { firstName: 'First' });
    expect(first.statusCode, first.body).toBe(200);
    const stale = await admin.request('PATCH', `/api/v1/users/${id}`, {
      version,
      firstName: 'Second',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect((await admin.get(`/api/v1/users/${id}`)).json().firstName).toBe('First');
  });

  it('lets a partial-access administrator change only the groups they can access', async () => {
    const { id } = await prospect({ groupIds: [w.groups.left.id, w.groups.right.id] });
    const denied = await patchUser(leftAdmin, id, { groupIds: [w.groups.digital.id] });
    expect(fieldsOf(denied).groupIds).toMatch(/do not have access/);
    const kept = await patchUser(leftAdmin, id, { groupIds: [] });
    expect(kept.statusCode, kept.body).toBe(200);
    const links = await t.db.select().from(userGroups).where(eq(userGroups.userId, id));
    expect(links.map((link) => link.groupId)).toEqual([w.groups.right.id]);
  });

  it('is not found for another tenant, nor for an administrator without the groups', async () => {
    const { id } = await prospect();
    const other = await signInAs(t, w.other.tenant, w.other.admin);
    const rightAdmin = await signInAs(t, w.tenant, w.admins.rightAdmin);
    for (const client of [other, rightAdmin]) {
      const response = await client.request('PATCH', `/api/v1/users/${id}`, {
        version: 1,
        firstName: 'Hijack',
      });
      expect(response.statusCode).toBe(404);
    }
    const { buildEmployer } = await import('../../../test/support/factories.js');
    const self = await buildEmployer(t.db, w.tenant, [w.groups.left]);
    const asEmployer = await signInAs(t, w.tenant, self);
    const refused = await asEmployer.request('PATCH', `/api/v1/users/${id}`, {
      version: 1,
      firstName: 'Hijack',
    });
    expect(refused.statusCode).toBe(403);
  });
});
