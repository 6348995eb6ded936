import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  buildLearnerWorld,
  fieldsOf,
  type LearnerWorld,
  patchUser,
} from '../../../test/support/learner-world.js';
import { outbox, userGroups } from '../../db/schema.js';

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
const base = () => ({
  invite: false,
  title: 'Ms',
  firstName: 'Cher',
  surname: 'Dampy',
  email: `cher.${++n}@employer.test`,
  mobile: '07809 257674',
  groupIds: [w.groups.left.id],
  employerId: w.orgs.acme.id,
});
const create = (body: Record<string, unknown>, client = admin) =>
  client.request('POST', '/api/v1/employers', { ...base(), ...body });

describe('POST /employers', () => {
  it('creates a Prospect employer user in several groups of one hierarchy, with roles and a new position', async () => {
    const response = await create({
      groupIds: [w.groups.left.id, w.groups.right.id],
      roles: ['manager', 'mentor'],
      positionTitle: 'Team Leader',
      address: { postcode: 'b98 7yt', country: 'United Kingdom' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const user = response.json();
    expect(user).toMatchObject({
      type: 'employer',
      subscriptionStatus: 'Prospect',
      title: 'Ms',
      employerId: w.orgs.acme.id,
      employerRoles: ['manager', 'mentor'],
      address: { postcode: 'B98 7YT' },
      username: user.email,
    });
    const links = await t.db.select().from(userGroups).where(eq(userGroups.userId, user.id));
    expect(links.map((link) => link.exclusive)).toEqual([false, false]);
    const positions = await admin.get('/api/v1/positions');
    expect(positions.json().items).toEqual([{ id: user.positionId, title: 'Team Leader' }]);
    const again = await create({ positionTitle: 'team leader' });
    expect(again.json().positionId).toBe(user.positionId);
  });

  it('invites: Invited and the activation email in the outbox', async () => {
    const response = await create({ invite: true });
    expect(response.json().subscriptionStatus).toBe('Invited');
    const mails = await t.db.select().from(outbox).where(eq(outbox.userId, response.json().id));
    expect(mails).toHaveLength(1);
  });

  it('requires title, names, email, mobile, a group and the employer organisation', async () => {
    const response = await admin.request('POST', '/api/v1/employers', { invite: false });
    expect(fieldsOf(response)).toEqual({
      title: 'Enter the title.',
      firstName: 'Enter the first name.',
      surname: 'Enter the surname.',
      email: 'Enter the email address.',
      mobile: 'Enter the mobile number.',
      groupIds: 'Choose at least one employer group.',
      employerId: 'Choose the employer organisation.',
    });
  });

  it('checks formats, uniqueness, groups, organisation type, position and interfaces', async () => {
    const response = await create(
      {
        email: 'bad',
        mobile: 'call me',
        groupIds: [w.groups.right.id],
        employerId: w.orgs.referrer.id,
        positionId: 999_999,
        consoleAccess: false,
        classicAccess: false,
      },
      leftAdmin,
    );
    expect(fieldsOf(response)).toMatchObject({
      email: expect.stringMatching(/correct format/),
      mobile: expect.stringMatching(/only digits/),
      groupIds: expect.stringMatching(/do not have access/),
      employerId: 'Choose an employer organisation.',
      positionId: 'Choose a position from the list, or type a new one.',
      consoleAccess: 'Choose at least one interface.',
    });
    const first = await create({});
    const taken = await create({ email: first.json().email });
    expect(fieldsOf(taken).email).toMatch(/already registered to another account/);
  });

  it('becomes a manager candidate for learners of its organisation who share a group', async () => {
    const employer = (await create({})).json();
    const learner = (
      await admin.request('POST', '/api/v1/learners', {
        invite: false,
        firstName: 'L',
        surname: 'M',
        gender: 'male',
        email: `lm.${++n}@example.test`,
        groupIds: [w.groups.left.id],
        employerId: w.orgs.acme.id,
      })
    ).json();
    const saved = await patchUser(admin, learner.id, { managerId: employer.id });
    expect(saved.json().managerId).toBe(employer.id);
  });
});
