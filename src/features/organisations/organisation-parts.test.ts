/**
 * Issue 11, organisations' addresses and contacts corrected in place: the same checks as
 * adding them, the learners that use them read the corrected one, audited with before and
 * after; another organisation's or tenant's address or contact is "not found".
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildLearnerWorld, type LearnerWorld } from '../../../test/support/learner-world.js';
import { auditLog } from '../../db/schema.js';
import { INVALID_POSTCODE_MESSAGE } from '../../domain/uk-postcode.js';

let t: TestApp;
let w: LearnerWorld;
let admin: Client;
let outsider: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildLearnerWorld(t.db);
  admin = await signInAs(t, w.tenant, w.admins.admin);
  outsider = await signInAs(t, w.other.tenant, w.other.admin);
});
afterAll(() => t.close());

const address = (organisationId: number, addressId: number) =>
  `/api/v1/organisations/${organisationId}/addresses/${addressId}`;
const contact = (organisationId: number, contactId: number) =>
  `/api/v1/organisations/${organisationId}/contacts/${contactId}`;

describe('correcting an address or a contact', () => {
  it('replaces an address, checked like a new one, audited with before and after', async () => {
    const url = address(w.orgs.acme.id, w.addresses.acmeAddress.id);
    const bad = await admin.request('PUT', url, {
      postcode: 'NOT A PC',
      line1: '',
      country: 'United Kingdom',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields).toMatchObject({
      postcode: INVALID_POSTCODE_MESSAGE,
      line1: 'Enter address 1.',
    });
    const saved = await admin.request('PUT', url, {
      postcode: 'ls2 7ej',
      line1: '5 New Street',
      town: 'Leeds',
      country: 'United Kingdom',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ postcode: 'LS2 7EJ', line1: '5 New Street' });
    const detail = (await admin.get(`/api/v1/organisations/${w.orgs.acme.id}`)).json();
    expect(detail.addresses).toContainEqual(
      expect.objectContaining({ id: w.addresses.acmeAddress.id, line1: '5 New Street' }),
    );
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'organisation_address_updated'),
          eq(auditLog.entityId, String(w.orgs.acme.id)),
        ),
      );
    expect(entry?.after).toMatchObject({
      addressId: w.addresses.acmeAddress.id,
      line1: '5 New Street',
    });
  });

  it('replaces a contact, refusing a bad email by name', async () => {
    const url = contact(w.orgs.referrer.id, w.contacts.referrerContact.id);
    const bad = await admin.request('PUT', url, { name: 'Jo', email: 'not an email' });
    expect(bad.statusCode).toBe(422);
    expect(Object.keys(bad.json().error.fields)).toEqual(['email']);
    const saved = await admin.request('PUT', url, { name: 'Jo Bloggs', phone: '0113 496 0000' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ name: 'Jo Bloggs', phone: '0113 496 0000', email: null });
  });

  it('is not found through another organisation or another tenant, and changes nothing', async () => {
    const wrongOrganisation = await admin.request(
      'PUT',
      address(w.orgs.bright.id, w.addresses.acmeAddress.id),
      { postcode: 'LS1 4AP', line1: 'Hijack', country: 'United Kingdom' },
    );
    expect(wrongOrganisation.statusCode).toBe(404);
    const otherTenant = await outsider.request(
      'PUT',
      contact(w.orgs.referrer.id, w.contacts.referrerContact.id),
      { name: 'Hijack' },
    );
    expect(otherTenant.statusCode).toBe(404);
    const detail = (await admin.get(`/api/v1/organisations/${w.orgs.referrer.id}`)).json();
    expect(JSON.stringify(detail)).not.toContain('Hijack');
  });
});
