/**
 * A programme set up through the API, then used on learners: its reference template numbers
 * them, its advice packs and custom fields reach the form's options, and the custom values are
 * checked by kind (required, date, one of the options), each error keyed customFields.<key>.
 */
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

let t: TestApp;
let w: LearnerWorld;
let admin: Client;
let programme: {
  id: number;
  version: number;
  customFields: { key: string; label: string; kind: string; mandatory: boolean }[];
};

beforeAll(async () => {
  t = await startTestApp();
  w = await buildLearnerWorld(t.db);
  admin = await signInAs(t, w.tenant, w.admins.admin);
  const response = await admin.request('POST', '/api/v1/programmes', {
    name: 'Plumbing L3',
    type: 'delivery',
    groupIds: [w.groups.left.id],
    referenceTemplate: { prefix: 'PL-', digits: 3 },
    advicePacks: ['professional'],
    customFields: [
      { label: 'Employer reference', kind: 'text', mandatory: true },
      { label: 'Start date', kind: 'date' },
      { label: 'Shift', kind: 'choice', options: ['Early', 'Late'] },
    ],
  });
  expect(response.statusCode, response.body).toBe(201);
  programme = response.json();
});
afterAll(() => t.close());

let n = 0;
const create = (extra: Record<string, unknown>) =>
  admin.request('POST', '/api/v1/learners', {
    invite: false,
    firstName: 'Pat',
    surname: 'Plumber',
    gender: 'male',
    email: `pat.${++n}@example.test`,
    groupIds: [w.groups.left.id],
    programmeId: programme.id,
    ...extra,
  });

describe('a configured programme on the learner', () => {
  it('gives the form its packs and fields, and numbers learners from its template', async () => {
    const options = await admin.get(
      `/api/v1/learner-options?groupIds=${w.groups.left.id}&programmeId=${programme.id}`,
    );
    expect(options.statusCode, options.body).toBe(200);
    expect(options.json()).toMatchObject({
      advice: { enabled: true, defaultPack: 'professional', packs: ['professional'] },
      referenceTemplate: { prefix: 'PL-', digits: 3 },
      customFields: [
        { key: 'employer-reference', kind: 'text', mandatory: true },
        { key: 'start-date', kind: 'date', mandatory: false },
        { key: 'shift', kind: 'choice', options: ['Early', 'Late'] },
      ],
    });
    const first = await create({
      customFields: { 'employer-reference': 'E1', 'start-date': '2026-09-01', shift: 'late' },
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      referenceNumber: 'PL-001',
      customFields: { 'employer-reference': 'E1', 'start-date': '2026-09-01', shift: 'Late' },
    });
    const second = await create({ customFields: { 'employer-reference': 'E2' } });
    expect(second.json().referenceNumber).toBe('PL-002');
  });

  it('refuses a missing required value, a date that is not one, a choice not offered', async () => {
    const response = await create({
      customFields: { 'start-date': '31/02/2026', shift: 'Night', unknown: 'x' },
    });
    expect(fieldsOf(response)).toMatchObject({
      'customFields.employer-reference': 'Employer reference is required.',
      'customFields.start-date': 'Start date must be a real date.',
      'customFields.shift': 'Choose one of: Early, Late.',
      'customFields.unknown':
        "This field is not one of the custom fields of the learner's programme.",
    });
  });

  it('checks values on Edit User too, reading dd/mm/yyyy dates as files give them', async () => {
    const learner = await addLearner(t.db, w, {
      extra: { programmeId: programme.id, customFields: { 'employer-reference': 'E9' } },
    });
    const saved = await patchUser(admin, learner.id, {
      customFields: { 'start-date': '01/09/2026' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().customFields).toEqual({
      'employer-reference': 'E9',
      'start-date': '2026-09-01',
    });
    expect(
      fieldsOf(
        await patchUser(admin, learner.id, { customFields: { 'employer-reference': null } }),
      ),
    ).toEqual({ 'customFields.employer-reference': 'Employer reference is required.' });
  });

  it('asks for a field made mandatory later only when the save carries the custom fields', async () => {
    const learner = await addLearner(t.db, w, {
      extra: { programmeId: programme.id, customFields: { 'employer-reference': 'E9' } },
    });
    const current = (await admin.get('/api/v1/programmes'))
      .json()
      .items.find((p: { id: number }) => p.id === programme.id);
    const changed = await admin.request('PATCH', `/api/v1/programmes/${programme.id}`, {
      version: current.version,
      customFields: [
        ...current.customFields,
        { label: 'Safety briefing', kind: 'date', mandatory: true },
      ],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    programme = changed.json();
    const renamed = await patchUser(admin, learner.id, { firstName: 'Pip' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(fieldsOf(await patchUser(admin, learner.id, { customFields: {} }))).toEqual({
      'customFields.safety-briefing': 'Safety briefing is required.',
    });
    const fixed = await admin.request('PATCH', `/api/v1/programmes/${programme.id}`, {
      version: programme.version,
      customFields: programme.customFields
        .map((field) => ({ ...field, mandatory: false }))
        .map((field) =>
          field.key === 'employer-reference' ? { ...field, mandatory: true } : field,
        ),
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    programme = fixed.json();
  });

  it('lets the learner take the default pack or any pack individually', async () => {
    const learner = await addLearner(t.db, w, {
      extra: { programmeId: programme.id, customFields: { 'employer-reference': 'E9' } },
    });
    const standard = await patchUser(admin, learner.id, {
      advicePackMode: 'individual',
      advicePack: 'standard',
    });
    expect(standard.json()).toMatchObject({ advicePackMode: 'individual', advicePack: 'standard' });
  });

  it('keeps numbers already given when the template changes, and numbers new learners from the new one', async () => {
    const changed = await admin.request('PATCH', `/api/v1/programmes/${programme.id}`, {
      version: programme.version,
      referenceTemplate: { prefix: 'PLB-', digits: 2 },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const third = await create({ customFields: { 'employer-reference': 'E3' } });
    expect(third.json().referenceNumber).toBe('PLB-01');
    const [first] = await t.db
      .select({ referenceNumber: users.referenceNumber })
      .from(users)
      .where(eq(users.email, 'pat.1@example.test'));
    expect(first?.referenceNumber).toBe('PL-001');
  });
});
