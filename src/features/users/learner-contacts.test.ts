/**
 * Issue 11, "The learner's Contacts list; a referrer contact chosen on Edit User is added to
 * it": each referrer contact chosen through the learner write service joins the list once and
 * stays when the referrer changes; the list is read through GET /users/{id}/contacts, as
 * "not found" for an administrator who cannot see the learner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  addLearner,
  buildLearnerWorld,
  type LearnerWorld,
  patchUser,
} from '../../../test/support/learner-world.js';

let t: TestApp;
let w: LearnerWorld;
let admin: Client;
let rightAdmin: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildLearnerWorld(t.db);
  admin = await signInAs(t, w.tenant, w.admins.admin);
  rightAdmin = await signInAs(t, w.tenant, w.admins.rightAdmin);
});
afterAll(() => t.close());

const contactsOf = async (client: Client, id: number) => {
  const response = await client.get(`/api/v1/users/${id}/contacts`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as { id: number; name: string; organisation: { name: string } }[];
};

describe("the learner's contacts", () => {
  it('gains each referrer contact chosen, once, and keeps it when the referrer changes', async () => {
    const learner = await addLearner(t.db, w, { email: `contacts.${Date.now()}@example.test` });
    expect(await contactsOf(admin, learner.id)).toEqual([]);
    const first = {
      referrerId: w.orgs.referrer.id,
      referrerContactId: w.contacts.referrerContact.id,
    };
    expect((await patchUser(admin, learner.id, first)).statusCode).toBe(200);
    expect((await patchUser(admin, learner.id, { ...first, surname: 'Again' })).statusCode).toBe(
      200,
    );
    const second = {
      referrerId: w.orgs.referrer2.id,
      referrerContactId: w.contacts.referrer2Contact.id,
    };
    expect((await patchUser(admin, learner.id, second)).statusCode).toBe(200);
    const listed = await contactsOf(admin, learner.id);
    expect(listed.map((c) => [c.id, c.organisation.name])).toEqual([
      [w.contacts.referrerContact.id, w.orgs.referrer.name],
      [w.contacts.referrer2Contact.id, w.orgs.referrer2.name],
    ]);
  });

  it('is not found for an administrator without the learner’s group', async () => {
    const learner = await addLearner(t.db, w, { email: `hidden.${Date.now()}@example.test` });
    const response = await rightAdmin.get(`/api/v1/users/${learner.id}/contacts`);
    expect(response.statusCode).toBe(404);
  });
});
