import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  buildLearnerWorld,
  fieldsOf,
  type LearnerWorld,
} from '../../../test/support/learner-world.js';
import { INVALID_POSTCODE_MESSAGE } from '../../domain/uk-postcode.js';

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

const names = (response: { json(): { items: { name: string }[] } }) =>
  response.json().items.map((o) => o.name);

describe('GET /organisations', () => {
  it("lists the tenant's organisations by name, of one type or all", async () => {
    expect(names(await admin.get('/api/v1/organisations?type=referrer'))).toEqual([
      'Council',
      'Jobcentre',
    ]);
    expect(names(await admin.get('/api/v1/organisations?type=employer'))).toEqual([
      'Acme Ltd',
      'Bright Ltd',
    ]);
    expect(names(await admin.get('/api/v1/organisations'))).toHaveLength(6);
    expect(names(await outsider.get('/api/v1/organisations'))).toEqual(['Other Employer']);
    const bad = await admin.get('/api/v1/organisations?type=charity');
    expect(fieldsOf(bad).type).toBe('type is own, training, employer or referrer.');
  });
});

describe('GET /organisations/:id', () => {
  it("answers one of the tenant's organisations with its addresses and contacts", async () => {
    const response = await leftAdmin.get(`/api/v1/organisations/${w.orgs.referrer.id}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      id: w.orgs.referrer.id,
      name: 'Jobcentre',
      type: 'referrer',
      ukprn: null,
      addresses: [{ line1: '3 Job Street', town: 'Leeds', postcode: 'LS1 4AP' }],
      contacts: [{ name: 'Jo Referrer', email: null, phone: null }],
    });
    expect(response.json()).not.toHaveProperty('tenantId');
  });
  it('is a 404 for an organisation of another tenant', async () => {
    const response = await outsider.get(`/api/v1/organisations/${w.orgs.referrer.id}`);
    expect(response.statusCode).toBe(404);
  });
});

describe('POST /organisations/:id/addresses', () => {
  const url = () => `/api/v1/organisations/${w.orgs.referrer.id}/addresses`;

  it('adds an address (postcode normalised in the UK) that any administrator of the tenant can then use', async () => {
    const response = await leftAdmin.request('POST', url(), {
      postcode: 'ls1 4ap',
      line1: '9 New Street',
      town: 'Leeds',
      country: 'United Kingdom',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      organisationId: w.orgs.referrer.id,
      postcode: 'LS1 4AP',
      label: '9 New Street, Leeds, LS1 4AP',
    });
    const options = await admin.get(`/api/v1/learner-options?referrerId=${w.orgs.referrer.id}`);
    expect(options.json().referrerAddresses).toContainEqual({
      id: response.json().id,
      label: '9 New Street, Leeds, LS1 4AP',
    });
  });
  it('requires postcode and address 1', async () => {
    expect(fieldsOf(await admin.request('POST', url(), {}))).toEqual({
      postcode: 'Enter the postcode.',
      line1: 'Enter address 1.',
    });
  });
  it('checks the UK postcode format only for the United Kingdom, and 8 characters at most', async () => {
    expect(
      fieldsOf(
        await admin.request('POST', url(), {
          postcode: 'ABC',
          line1: 'x',
          country: 'United Kingdom',
        }),
      ).postcode,
    ).toBe(INVALID_POSTCODE_MESSAGE);
    expect(
      (await admin.request('POST', url(), { postcode: 'ABC', line1: 'x', country: 'Ireland' }))
        .statusCode,
    ).toBe(201);
    expect(
      fieldsOf(
        await admin.request('POST', url(), {
          postcode: 'D02 X285 9',
          line1: 'x',
          country: 'Ireland',
        }),
      ).postcode,
    ).toBe('The postcode can be at most 8 characters long.');
  });
  it('is a 404 for an organisation of another tenant', async () => {
    const response = await outsider.request('POST', url(), { postcode: 'LS1 4AP', line1: 'x' });
    expect(response.statusCode).toBe(404);
  });
});

describe('POST /organisations/:id/contacts', () => {
  const url = () => `/api/v1/organisations/${w.orgs.referrer.id}/contacts`;

  it('adds a contact with a name, and optional email and phone', async () => {
    const response = await admin.request('POST', url(), {
      name: 'Kim Referrer',
      email: 'kim@jobs.example',
      phone: '+44 113 496 0000',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      name: 'Kim Referrer',
      label: 'Kim Referrer',
      email: 'kim@jobs.example',
    });
  });
  it('checks name, email and phone', async () => {
    expect(fieldsOf(await admin.request('POST', url(), { email: 'no', phone: 'call me' }))).toEqual(
      {
        name: 'Enter the name of the contact.',
        email: 'Enter an email address in the correct format, like name@example.co.uk.',
        phone:
          'Enter a phone number using only digits, spaces and a + at the start, like 0113 496 0000.',
      },
    );
  });
  it('is a 404 for an organisation of another tenant', async () => {
    expect((await outsider.request('POST', url(), { name: 'X' })).statusCode).toBe(404);
  });
});
