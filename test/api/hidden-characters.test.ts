/**
 * Issue 8 item 11: bidirectional-override and zero-width characters are refused in names,
 * usernames and emails wherever a person's account is created or changed, with a 422 naming
 * the field.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users, userTokens } from '../../src/db/schema.js';
import { newSecret, sha256 } from '../../src/platform/tokens.js';
import { insertAccessCode, register } from '../support/access-codes.js';
import { type Client, signInAs, startTestApp, type TestApp } from '../support/app.js';
import {
  addLearner,
  buildLearnerWorld,
  fieldsOf,
  type LearnerWorld,
  patchUser,
} from '../support/learner-world.js';

let t: TestApp;
let w: LearnerWorld;
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildLearnerWorld(t.db);
  admin = await signInAs(t, w.tenant, w.admins.admin);
});
afterAll(() => t.close());

const RLO = 'Ann\u202Eegap.exe';
const ZERO_WIDTH = 'Ann\u200Be';
const HIDDEN_MESSAGE = /invisible character \(U\+[0-9A-F]{4}/;
let n = 0;
const learner = () => ({
  invite: false,
  firstName: 'Amanda',
  surname: 'Durnall',
  gender: 'female',
  email: `hidden.${++n}@example.test`,
  groupIds: [w.groups.left.id],
});

describe('names, usernames and emails with hidden characters', () => {
  it.each([
    ['firstName', RLO],
    ['surname', ZERO_WIDTH],
    ['preferredName', 'Ann\u2066e'],
    ['username', 'ann\u200D.b'],
    ['email', 'ann\uFEFF@example.test'],
  ])('Add user refuses %s', async (field, value) => {
    const response = await admin.request('POST', '/api/v1/learners', {
      ...learner(),
      [field]: value,
    });
    expect(fieldsOf(response)[field]).toMatch(HIDDEN_MESSAGE);
  });

  it('Edit User refuses a first name with a right-to-left override and changes nothing', async () => {
    const person = await addLearner(t.db, w, { firstName: 'Anne' });
    const response = await patchUser(admin, person.id, { firstName: RLO });
    expect(fieldsOf(response).firstName).toMatch(/first name contains an invisible character/);
    const [row] = await t.db.select().from(users).where(eq(users.id, person.id));
    expect(row?.firstName).toBe('Anne');
  });

  it('Add employer refuses a surname with a zero-width joiner', async () => {
    const response = await admin.request('POST', '/api/v1/employers', {
      invite: false,
      title: 'Ms',
      firstName: 'Cher',
      surname: 'Dam\u200Dpy',
      email: `cher.${++n}@employer.test`,
      mobile: '07809 257674',
      groupIds: [w.groups.left.id],
      employerId: w.orgs.acme.id,
    });
    expect(fieldsOf(response).surname).toMatch(HIDDEN_MESSAGE);
  });

  it('self-registration refuses a first name and an email with hidden characters', async () => {
    const code = await insertAccessCode(t.db, {
      tenantId: w.tenant.id,
      groupId: w.groups.left.id,
    });
    const response = await register(t.app, w.tenant.slug, {
      accessCode: code.code,
      firstName: RLO,
      email: 'a\u200Eb@example.test',
    });
    const fields = fieldsOf(response);
    expect(fields.firstName).toMatch(HIDDEN_MESSAGE);
    expect(fields.email).toMatch(/email address contains an invisible character/);
  });

  it('activation refuses a chosen username with a word joiner', async () => {
    const person = await addLearner(t.db, w, { status: 'Invited' });
    const token = newSecret();
    await t.db.insert(userTokens).values({
      tenantId: w.tenant.id,
      userId: person.id,
      purpose: 'activation',
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + 3600_000),
    });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/activation',
      payload: { token, username: 'pat\u2060p', password: 'Orange-kettle-99' },
    });
    expect(fieldsOf(response).username).toMatch(/username contains an invisible character/);
  });

  it("an organisation contact's name and email refuse them too", async () => {
    const response = await admin.request(
      'POST',
      `/api/v1/organisations/${w.orgs.referrer.id}/contacts`,
      { name: 'Jo\u200Bsmith', email: 'jo\u202E@example.test' },
    );
    const fields = fieldsOf(response);
    expect(fields.name).toMatch(/name contains an invisible character \(U\+200B/);
    expect(fields.email).toMatch(HIDDEN_MESSAGE);
  });

  it('keeps accents, apostrophes and other scripts', async () => {
    const response = await admin.request('POST', '/api/v1/learners', {
      ...learner(),
      firstName: 'Siobhán',
      surname: "O'Neill-محمد",
    });
    expect(response.statusCode, response.body).toBe(201);
  });
});
