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
import { users } from '../../db/schema.js';
import { INVALID_EMAIL_MESSAGE } from '../../domain/email.js';
import { usernameClearedMessage } from '../learners/rules/account-identity.js';

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

async function expectField(
  body: Record<string, unknown>,
  field: string,
  message: string | RegExp,
  options = {},
) {
  const { id } = await learner(options);
  const fields = fieldsOf(await patchUser(admin, id, body));
  if (typeof message === 'string') expect(fields[field]).toBe(message);
  else expect(fields[field]).toMatch(message);
}

describe('PATCH /users/:id — email and username', () => {
  it('requires an email unless the learner is a Prospect', async () => {
    await expectField({ email: '' }, 'email', 'Enter the email address.');
    const { id } = await learner({ status: 'Prospect' });
    const response = await patchUser(admin, id, { email: '', username: '' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ email: null, username: null });
  });
  it('checks the email format', async () => {
    await expectField({ email: 'jo@@example' }, 'email', INVALID_EMAIL_MESSAGE);
  });
  it('refuses an email registered to another account, without regard to case, archived included', async () => {
    const holder = await learner({
      email: 'Archie@example.test',
      status: 'Archived',
      firstName: 'Archie',
      surname: 'Ved',
    });
    await expectField(
      { email: 'archie@EXAMPLE.test' },
      'email',
      `The email address 'archie@example.test' is already registered to another account and cannot be used with this account. Please check that you have typed the address correctly. It is the account of Archie Ved (learner, Archived, user ID ${holder.id}).`,
    );
  });
  it('names the holder only to an administrator who may see that account', async () => {
    await learner({ email: 'right.side@example.test', groups: [w.groups.right] });
    const { id } = await learner();
    const fields = fieldsOf(await patchUser(leftAdmin, id, { email: 'right.side@example.test' }));
    expect(fields.email).toBe(
      "The email address 'right.side@example.test' is already registered to another account and cannot be used with this account. Please check that you have typed the address correctly.",
    );
  });
  it("refuses an email that is another account's username", async () => {
    await learner({
      email: 'own.address@example.test',
      extra: { username: 'shared.name@example.test' },
    });
    await expectField(
      { email: 'shared.name@example.test' },
      'email',
      /already registered to another account/,
    );
  });
  it('requires a username unless Prospect, unique in the tenant without regard to case', async () => {
    const { id } = await learner({ extra: { username: 'keeps.own' } });
    const cleared = await patchUser(admin, id, { username: '', email: null });
    expect(fieldsOf(cleared)).toMatchObject({
      username: usernameClearedMessage('Full user'),
      email: 'Enter the email address.',
    });
    await learner({ extra: { username: 'Taken.Name' } });
    await expectField(
      { username: 'taken.name' },
      'username',
      "The username 'taken.name' is already taken. Choose another.",
    );
    await expectField(
      { username: 'x'.repeat(101) },
      'username',
      'The username can be at most 100 characters long.',
    );
  });
  it('lets the username follow the email while it is still the default, and keeps a chosen one', async () => {
    const follows = await learner({ email: 'old.one@example.test' });
    const moved = await patchUser(admin, follows.id, { email: 'new.one@example.test' });
    expect(moved.json()).toMatchObject({
      email: 'new.one@example.test',
      username: 'new.one@example.test',
    });
    const chosen = await learner({ email: 'old.two@example.test', extra: { username: 'my-name' } });
    const kept = await patchUser(admin, chosen.id, { email: 'new.two@example.test' });
    expect(kept.json()).toMatchObject({ email: 'new.two@example.test', username: 'my-name' });
  });
  it('refuses clearing the username of an Invited or Full user, keeping the login they chose', async () => {
    for (const [status, label] of [
      ['Invited', 'Invited'],
      ['FullUser', 'Full user'],
    ] as const) {
      const { id } = await learner({ status, extra: { username: `chosen-${status}` } });
      for (const username of ['', null, '   ']) {
        const response = await patchUser(admin, id, { username });
        expect(fieldsOf(response)).toEqual({ username: usernameClearedMessage(label) });
        expect(response.json().error.code).toBe('validation_failed');
      }
      const [row] = await t.db.select().from(users).where(eq(users.id, id));
      expect(row).toMatchObject({ username: `chosen-${status}`, version: 1 });
    }
    expect(usernameClearedMessage('Invited')).toBe(
      "The username cannot be left empty: the learner's status is Invited and they sign in with it. Enter a username; only a Prospect may have none.",
    );
  });
  it('lets a Prospect go without a username, falling back to the email', async () => {
    const { id } = await learner({ status: 'Prospect', extra: { username: 'prospect-name' } });
    const response = await patchUser(admin, id, { username: '' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().username).toBe(response.json().email);
  });
});
