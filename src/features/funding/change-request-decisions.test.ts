/**
 * Issue 11, "Funding change requests can be acted on": approving applies the values asked for
 * (on fields the funding lock keeps) and records who and when; rejecting records a reason; the
 * requester reads the outcome. The requester cannot decide their own request, a decided one
 * stays closed, and other tenants' and groups' administrators cannot reach it.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  addLearner,
  buildLearnerWorld,
  type LearnerWorld,
} from '../../../test/support/learner-world.js';
import { auditLog, fundingEpisodes, users } from '../../db/schema.js';

let t: TestApp;
let w: LearnerWorld;
let admin: Client;
let leftAdmin: Client;
let rightAdmin: Client;
let outsider: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildLearnerWorld(t.db);
  admin = await signInAs(t, w.tenant, w.admins.admin);
  leftAdmin = await signInAs(t, w.tenant, w.admins.leftAdmin);
  rightAdmin = await signInAs(t, w.tenant, w.admins.rightAdmin);
  outsider = await signInAs(t, w.other.tenant, w.other.admin);
});
afterAll(() => t.close());

/** A learner in Left whose funding record is quality assured, and a request raised by leftAdmin. */
async function lockedWithRequest(requested: Record<string, string | null>) {
  const learner = await addLearner(t.db, w, {
    firstName: 'Lock',
    surname: 'Ed',
    email: `cr.${Math.random()}@example.test`,
    extra: { postcode: 'LS1 4AP', line1: '1 Road', country: 'United Kingdom' },
  });
  await t.db
    .insert(fundingEpisodes)
    .values({ tenantId: w.tenant.id, learnerId: learner.id, status: 'QA Verified' });
  const raised = await leftAdmin.request('POST', `/api/v1/users/${learner.id}/change-requests`, {
    requested,
    note: 'Spelling on the passport',
  });
  expect(raised.statusCode, raised.body).toBe(201);
  return { learner, requestId: raised.json().id as number };
}

const decide = (
  client: Client,
  learnerId: number,
  requestId: number,
  verb: string,
  body?: object,
) =>
  client.request('POST', `/api/v1/users/${learnerId}/change-requests/${requestId}/${verb}`, body);

describe('deciding a change request', () => {
  it('approving applies the values to locked fields, records who and when, and audits the change', async () => {
    const { learner, requestId } = await lockedWithRequest({
      firstName: 'Locke',
      'address.town': 'York',
    });
    const response = await decide(admin, learner.id, requestId, 'approve');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'done',
      decidedBy: { id: w.admins.admin.id },
      rejectionReason: null,
    });
    expect(response.json().decidedAt).toBeTruthy();
    const [saved] = await t.db.select().from(users).where(eq(users.id, learner.id));
    expect(saved).toMatchObject({ firstName: 'Locke', town: 'York', line1: '1 Road' });
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityId, String(learner.id)),
          eq(auditLog.action, 'change_request_approved'),
        ),
      );
    expect(entry?.before).toMatchObject({ firstName: 'Lock' });
    expect(entry?.after).toMatchObject({ firstName: 'Locke', changeRequestId: requestId });
    // The requester sees the outcome.
    const listed = (await leftAdmin.get(`/api/v1/users/${learner.id}/change-requests`)).json();
    expect(listed.items[0]).toMatchObject({ id: requestId, status: 'done' });
    // Closed once decided.
    const again = await decide(admin, learner.id, requestId, 'reject', { reason: 'No' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('change_request_closed');
  });

  it('rejecting records the reason for the requester and changes nothing', async () => {
    const { learner, requestId } = await lockedWithRequest({ surname: 'Other' });
    const empty = await decide(admin, learner.id, requestId, 'reject', { reason: '  ' });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error.fields.reason).toMatch(/why/);
    const response = await decide(admin, learner.id, requestId, 'reject', {
      reason: 'The passport says Ed.',
    });
    expect(response.statusCode).toBe(200);
    const listed = (await leftAdmin.get(`/api/v1/users/${learner.id}/change-requests`)).json();
    expect(listed.items[0]).toMatchObject({
      status: 'rejected',
      rejectionReason: 'The passport says Ed.',
      decidedBy: { id: w.admins.admin.id },
    });
    const [saved] = await t.db.select().from(users).where(eq(users.id, learner.id));
    expect(saved?.surname).toBe('Ed');
    const entries = await t.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityId, String(learner.id)),
          eq(auditLog.action, 'change_request_rejected'),
        ),
      );
    expect(entries).toHaveLength(1);
  });

  it('refuses the requester, and a value another rule forbids, naming the field; changes nothing', async () => {
    const taken = await addLearner(t.db, w, { email: `taken.${Math.random()}@example.test` });
    const { learner, requestId } = await lockedWithRequest({ email: taken.email ?? '' });
    const own = await decide(leftAdmin, learner.id, requestId, 'approve');
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('own_change_request');
    const clash = await decide(admin, learner.id, requestId, 'approve');
    expect(clash.statusCode).toBe(422);
    expect(Object.keys(clash.json().error.fields)).toEqual(['requested.email']);
    const listed = (await admin.get(`/api/v1/users/${learner.id}/change-requests`)).json();
    expect(listed.items[0]).toMatchObject({ id: requestId, status: 'open', decidedBy: null });
  });

  it('is not found for another tenant, an administrator without the group, or another learner', async () => {
    const { learner, requestId } = await lockedWithRequest({ firstName: 'Nope' });
    for (const client of [outsider, rightAdmin]) {
      const response = await decide(client, learner.id, requestId, 'approve');
      expect(response.statusCode).toBe(404);
    }
    const other = await addLearner(t.db, w, { email: `other.${Math.random()}@example.test` });
    const mismatched = await decide(admin, other.id, requestId, 'approve');
    expect(mismatched.statusCode).toBe(404);
    const [saved] = await t.db.select().from(users).where(eq(users.id, learner.id));
    expect(saved?.firstName).toBe('Lock');
  });
});
