import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  addLearner,
  buildLearnerWorld,
  fieldsOf,
  type LearnerWorld,
  patchUser,
  setTenantSettings,
} from '../../../test/support/learner-world.js';
import { auditLog, type FUNDING_STATUSES, fundingEpisodes } from '../../db/schema.js';

let t: TestApp;
let w: LearnerWorld;
let admin: Client;
let rightAdmin: Client;
let outsider: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildLearnerWorld(t.db);
  admin = await signInAs(t, w.tenant, w.admins.admin);
  rightAdmin = await signInAs(t, w.tenant, w.admins.rightAdmin);
  outsider = await signInAs(t, w.other.tenant, w.other.admin);
});
afterAll(() => t.close());

async function lockedLearner(status: (typeof FUNDING_STATUSES)[number] = 'QA Verified') {
  const learner = await addLearner(t.db, w, {
    firstName: 'Lock',
    surname: 'Ed',
    email: `locked.${Math.random()}@example.test`,
    extra: {
      mobile: '07700 900555',
      dateOfBirth: '2000-01-02',
      postcode: 'LS1 4AP',
      line1: '1 Road',
      country: 'United Kingdom',
    },
  });
  await t.db
    .insert(fundingEpisodes)
    .values({ tenantId: w.tenant.id, learnerId: learner.id, status });
  return learner;
}

describe('funding (ILR) lock', () => {
  it('refuses changes to the locked fields of a QA Verified or Completed learner, naming them', async () => {
    for (const status of ['QA Verified', 'Completed'] as const) {
      const learner = await lockedLearner(status);
      const response = await patchUser(admin, learner.id, {
        firstName: 'New',
        email: 'new.address@example.test',
        address: { town: 'York' },
      });
      expect(response.statusCode).toBe(422);
      const { error } = response.json();
      expect(error.code).toBe('funding_locked');
      expect(error.message).toBe(
        "This learner's funding (ILR) record has been quality assured, so the first name, email and town/city cannot be changed here. Raise a change request to ask for the change.",
      );
      expect(Object.keys(error.fields).sort()).toEqual(['address.town', 'email', 'firstName']);
    }
  });

  it('names each locked field on its own too (surname, mobile, date of birth, every address line)', async () => {
    const learner = await lockedLearner();
    const changes = {
      surname: 'X',
      mobile: '07700 900000',
      dateOfBirth: '2001-01-01',
      address: {
        postcode: 'B98 7YT',
        line1: 'New',
        line2: 'New',
        town: 'New',
        county: 'New',
        country: 'France',
      },
    };
    const fields = fieldsOfLock(await patchUser(admin, learner.id, changes));
    expect(fields.sort()).toEqual(
      [
        'surname',
        'mobile',
        'dateOfBirth',
        'address.postcode',
        'address.line1',
        'address.line2',
        'address.town',
        'address.county',
        'address.country',
      ].sort(),
    );
  });

  it('accepts the stored values sent back, and changes to fields that are not locked', async () => {
    const learner = await lockedLearner();
    const response = await patchUser(admin, learner.id, {
      firstName: 'Lock',
      surname: 'Ed',
      email: learner.email,
      mobile: '07700 900555',
      dateOfBirth: '02/01/2000',
      address: { postcode: 'ls1 4ap', line1: '1 Road', line2: null, country: 'United Kingdom' },
      preferredName: 'Locky',
      nationalInsuranceNumber: 'AB123456C',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      preferredName: 'Locky',
      firstName: 'Lock',
      address: { postcode: 'LS1 4AP' },
    });
  });

  it('does not ask for a mandatory locked field it could not fill in', async () => {
    const learner = await lockedLearner();
    await setTenantSettings(t.db, w.tenant.id, { fields: { county: 'mandatory' } });
    try {
      expect((await patchUser(admin, learner.id, { preferredName: 'Ok' })).statusCode).toBe(200);
    } finally {
      await setTenantSettings(t.db, w.tenant.id, {});
    }
  });

  it('does not lock for Draft, Submitted or Withdrawn episodes', async () => {
    for (const status of ['Draft', 'Submitted', 'Withdrawn'] as const) {
      const learner = await lockedLearner(status);
      expect((await patchUser(admin, learner.id, { firstName: 'Free' })).statusCode).toBe(200);
    }
  });

  it('is told to the form by the options endpoint', async () => {
    const learner = await lockedLearner();
    const options = await admin.get(`/api/v1/learner-options?userId=${learner.id}`);
    expect(options.json().lock).toEqual({
      locked: true,
      fields: [
        'firstName',
        'surname',
        'email',
        'mobile',
        'dateOfBirth',
        'address.postcode',
        'address.line1',
        'address.line2',
        'address.town',
        'address.county',
        'address.country',
      ],
      message: expect.stringMatching(/Raise a change request/),
    });
    const free = await addLearner(t.db, w);
    expect((await admin.get(`/api/v1/learner-options?userId=${free.id}`)).json().lock).toEqual({
      locked: false,
      fields: [],
      message: null,
    });
  });
});

function fieldsOfLock(response: Awaited<ReturnType<typeof patchUser>>) {
  expect(response.json().error.code).toBe('funding_locked');
  return Object.keys(response.json().error.fields as Record<string, string>);
}

describe('change requests', () => {
  it('records the values asked for, open, listed newest first, and audited', async () => {
    const learner = await lockedLearner();
    const created = await admin.request('POST', `/api/v1/users/${learner.id}/change-requests`, {
      requested: { surname: 'Edwards', 'address.town': 'York' },
      note: 'Married in June',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      status: 'open',
      learnerId: learner.id,
      requested: { surname: 'Edwards', 'address.town': 'York' },
      note: 'Married in June',
      requestedBy: { id: w.admins.admin.id, name: 'Ada Admin' },
    });
    await admin.request('POST', `/api/v1/users/${learner.id}/change-requests`, {
      requested: { mobile: '07700 900777' },
    });
    const list = await admin.get(`/api/v1/users/${learner.id}/change-requests`);
    expect(list.json().items.map((item: { requested: object }) => item.requested)).toEqual([
      { mobile: '07700 900777' },
      { surname: 'Edwards', 'address.town': 'York' },
    ]);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'change_request_created'),
          eq(auditLog.entityId, String(learner.id)),
        ),
      );
    expect(audit).toHaveLength(2);
  });

  it('checks what is asked for', async () => {
    const learner = await lockedLearner();
    const post = (body: unknown) =>
      admin.request('POST', `/api/v1/users/${learner.id}/change-requests`, body);
    expect(fieldsOf(await post({ requested: {} })).requested).toBe(
      'Say which fields to change and to what.',
    );
    const fields = fieldsOf(
      await post({
        requested: { email: 'nope', dateOfBirth: '2999-01-01', title: 'Dr', firstName: '' },
      }),
    );
    expect(fields).toEqual({
      'requested.email': 'Enter an email address in the correct format, like name@example.co.uk.',
      'requested.dateOfBirth': 'The date of birth must be in the past.',
      'requested.title': 'A change request is for the fields the funding lock keeps.',
      'requested.firstName': 'This field cannot be empty.',
    });
  });

  it('is a 404 for other tenants and other groups', async () => {
    const learner = await lockedLearner();
    for (const client of [outsider, rightAdmin]) {
      const post = await client.request('POST', `/api/v1/users/${learner.id}/change-requests`, {
        requested: { surname: 'X' },
      });
      expect(post.statusCode).toBe(404);
      expect((await client.get(`/api/v1/users/${learner.id}/change-requests`)).statusCode).toBe(
        404,
      );
    }
  });
});
