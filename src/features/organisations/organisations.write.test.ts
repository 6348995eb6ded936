import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildAdmin, buildLearner } from '../../../test/support/factories.js';
import {
  addLearner,
  buildLearnerWorld,
  fieldsOf,
  type LearnerWorld,
  patchUser,
} from '../../../test/support/learner-world.js';
import { INVALID_POSTCODE_MESSAGE } from '../../domain/uk-postcode.js';
import { INVALID_UKPRN_MESSAGE } from '../../domain/ukprn.js';

let t: TestApp;
let w: LearnerWorld;
let admin: Client;
let leftAdmin: Client;
let outsider: Client;
let learnerClient: Client;
let support: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildLearnerWorld(t.db);
  admin = await signInAs(t, w.tenant, w.admins.admin);
  leftAdmin = await signInAs(t, w.tenant, w.admins.leftAdmin);
  outsider = await signInAs(t, w.other.tenant, w.other.admin);
  learnerClient = await signInAs(
    t,
    w.tenant,
    await buildLearner(t.db, w.tenant, [w.groups.left], { status: 'FullUser' }),
  );
  support = await signInAs(
    t,
    w.tenant,
    await buildAdmin(t.db, w.tenant, [], { role: 'support', status: 'FullUser' }),
  );
});
afterAll(() => t.close());

const create = (body: Record<string, unknown>, client = admin) =>
  client.request('POST', '/api/v1/organisations', body);

async function created(body: Record<string, unknown>) {
  const response = await create(body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: number; version: number; addressId: number | null };
}

describe('POST /organisations', () => {
  it('creates an employer with its first address, which the learner form then offers', async () => {
    const response = await create({
      name: '  Harbour Foods Ltd ',
      type: 'employer',
      mainAimRegistrationNumber: 'ZPROG001',
      address: {
        postcode: 'ls1 4ap',
        line1: '2 Dock Street',
        town: 'Leeds',
        country: 'United Kingdom',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      name: 'Harbour Foods Ltd',
      type: 'employer',
      ukprn: null,
      mainAimRegistrationNumber: 'ZPROG001',
      archivedAt: null,
      version: 1,
    });
    const detail = (await leftAdmin.get(`/api/v1/organisations/${body.id}`)).json();
    expect(detail.addresses).toEqual([
      expect.objectContaining({ id: body.addressId, postcode: 'LS1 4AP', line1: '2 Dock Street' }),
    ]);
    const options = (await admin.get(`/api/v1/learner-options?employerId=${body.id}`)).json();
    expect(options.employers).toContainEqual({ id: body.id, name: 'Harbour Foods Ltd' });
    expect(options.employerAddresses).toEqual([
      { id: body.addressId, label: '2 Dock Street, Leeds, LS1 4AP' },
    ]);
  });

  it('takes a UKPRN on training and own organisations only', async () => {
    expect(
      (await created({ name: 'Skills Co', type: 'training', ukprn: '10007777' })).id,
    ).toBeGreaterThan(0);
    expect(
      (await created({ name: 'Us Again', type: 'own', ukprn: ' 10008888 ' })).id,
    ).toBeGreaterThan(0);
    for (const type of ['employer', 'referrer'])
      expect(fieldsOf(await create({ name: 'X', type, ukprn: '10001234' })).ukprn).toBe(
        'Only training organisations and your own organisation have a UKPRN.',
      );
    for (const ukprn of ['20001234', '1000123', 'ABCDEFGH'])
      expect(fieldsOf(await create({ name: 'X', type: 'training', ukprn })).ukprn).toBe(
        INVALID_UKPRN_MESSAGE,
      );
  });

  it('names every field refused at once, the address among them', async () => {
    expect(
      fieldsOf(
        await create({
          name: ' ',
          type: 'employer',
          address: { postcode: 'NOPE', line1: '', country: 'United Kingdom' },
        }),
      ),
    ).toEqual({
      name: 'Enter the name of the organisation.',
      postcode: INVALID_POSTCODE_MESSAGE,
      line1: 'Enter address 1.',
    });
    expect(fieldsOf(await create({ name: 'X', type: 'charity' })).type).toBe(
      'Choose the kind of organisation.',
    );
    const long = await create({
      name: 'X',
      type: 'employer',
      address: { postcode: 'D02 X285 9', line1: 'x', country: 'Ireland' },
    });
    expect(fieldsOf(long).postcode).toBe('The postcode can be at most 8 characters long.');
  });

  it('is refused to learners, platform support and the signed out', async () => {
    const body = { name: 'Sneaky Ltd', type: 'employer' };
    expect((await create(body, learnerClient)).statusCode).toBe(403);
    expect((await create(body, support)).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/organisations', payload: body }))
        .statusCode,
    ).toBe(401);
    // Another tenant's administrator creates in their own tenant only.
    const theirs = await create({ name: 'Theirs Ltd', type: 'employer' }, outsider);
    expect(theirs.statusCode).toBe(201);
    const ours = (await admin.get('/api/v1/organisations?type=employer')).json().items;
    expect(ours.map((o: { name: string }) => o.name)).not.toContain('Theirs Ltd');
  });
});

describe('PATCH /organisations/:id', () => {
  it('edits at the version read, and refuses a stale version with 409', async () => {
    const org = await created({ name: 'Old Name Ltd', type: 'employer' });
    const saved = await leftAdmin.request('PATCH', `/api/v1/organisations/${org.id}`, {
      version: org.version,
      name: 'New Name Ltd',
      mainAimRegistrationNumber: 'ZPROG002',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ name: 'New Name Ltd', version: 2, type: 'employer' });
    const stale = await admin.request('PATCH', `/api/v1/organisations/${org.id}`, {
      version: org.version,
      name: 'Lost Update Ltd',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
  });

  it('refuses a UKPRN on an employer and a bad one on a provider', async () => {
    const employer = await created({ name: 'No Number Ltd', type: 'employer' });
    const refused = await admin.request('PATCH', `/api/v1/organisations/${employer.id}`, {
      version: employer.version,
      ukprn: '10001234',
    });
    expect(fieldsOf(refused).ukprn).toBe(
      'Only training organisations and your own organisation have a UKPRN.',
    );
    const provider = await created({ name: 'Numbered Training', type: 'training' });
    const bad = await admin.request('PATCH', `/api/v1/organisations/${provider.id}`, {
      version: provider.version,
      ukprn: '00001234',
      name: '',
    });
    expect(fieldsOf(bad)).toEqual({
      ukprn: INVALID_UKPRN_MESSAGE,
      name: 'Enter the name of the organisation.',
    });
  });

  it('is a 404 for another tenant, 403 for a learner or support, 401 signed out', async () => {
    const url = `/api/v1/organisations/${w.orgs.acme.id}`;
    const body = { version: 1, name: 'Hijacked' };
    expect((await outsider.request('PATCH', url, body)).statusCode).toBe(404);
    expect((await learnerClient.request('PATCH', url, body)).statusCode).toBe(403);
    expect((await support.request('PATCH', url, body)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'PATCH', url, payload: body })).statusCode).toBe(401);
    expect((await admin.get(url)).json().name).toBe('Acme Ltd');
  });
});

describe('POST /organisations/:id/archive and /restore', () => {
  it('takes an archived employer out of the pickers but leaves it on its learners', async () => {
    const org = await created({
      name: 'Closing Down Ltd',
      type: 'employer',
      address: { postcode: 'LS1 4AP', line1: '1 Last Street' },
    });
    const keeper = await addLearner(t.db, w, { extra: { employerId: org.id } });
    const archived = await admin.request('POST', `/api/v1/organisations/${org.id}/archive`);
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json().archivedAt).toEqual(expect.any(String));
    expect(archived.json().version).toBe(org.version + 1);

    const listed = (await admin.get('/api/v1/organisations?type=employer')).json().items;
    expect(listed.map((o: { id: number }) => o.id)).not.toContain(org.id);
    const all = (await admin.get('/api/v1/organisations?type=employer&archived=only')).json().items;
    expect(all.map((o: { id: number }) => o.id)).toEqual([org.id]);

    const fresh = (await admin.get('/api/v1/learner-options')).json();
    expect(fresh.employers.map((o: { id: number }) => o.id)).not.toContain(org.id);
    const kept = (await admin.get(`/api/v1/learner-options?userId=${keeper.id}`)).json();
    expect(kept.employers.map((o: { id: number }) => o.id)).toContain(org.id);

    // The learner keeps it through an unrelated edit; nobody can newly choose it.
    const edit = await patchUser(admin, keeper.id, { preferredName: 'Kept' });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json().employerId).toBe(org.id);
    const other = await addLearner(t.db, w);
    expect(fieldsOf(await patchUser(admin, other.id, { employerId: org.id })).employerId).toBe(
      'That organisation is archived: choose another.',
    );

    const again = await admin.request('POST', `/api/v1/organisations/${org.id}/archive`);
    expect(again.json().version).toBe(org.version + 1);
    const restored = await admin.request('POST', `/api/v1/organisations/${org.id}/restore`);
    expect(restored.json().archivedAt).toBeNull();
    expect((await patchUser(admin, other.id, { employerId: org.id })).statusCode).toBe(200);
  });

  it('is a 404 for another tenant, 403 for a learner or support, 401 signed out', async () => {
    const url = `/api/v1/organisations/${w.orgs.bright.id}/archive`;
    expect((await outsider.request('POST', url)).statusCode).toBe(404);
    expect((await learnerClient.request('POST', url)).statusCode).toBe(403);
    expect((await support.request('POST', url)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url })).statusCode).toBe(401);
    expect(
      (await admin.get(`/api/v1/organisations/${w.orgs.bright.id}`)).json().archivedAt,
    ).toBeNull();
  });
});
