/**
 * A tenant furnished for learner forms: two root hierarchies, administrators with whole and
 * partial access, programmes (one with a reference template, one with advice packs and custom
 * fields), organisations of every type with addresses and contacts, and employer users.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';
import {
  organisationAddresses,
  organisationContacts,
  organisations,
  programmeGroups,
  programmes,
  tenants,
} from '../../src/db/schema.js';
import type { TTenantSettings } from '../../src/domain/tenant-fields.js';
import type { Client } from './app.js';
import { buildAdmin, buildEmployer, buildGroup, buildLearner, buildTenant } from './factories.js';

type Input<T extends { $inferInsert: unknown }> = T['$inferInsert'];

async function insertOne<T>(rows: Promise<T[]>): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function buildLearnerWorld(db: Db) {
  const tenant = await buildTenant(db);
  const college = await buildGroup(db, tenant, 'College');
  const left = await buildGroup(db, tenant, 'Left', college);
  const right = await buildGroup(db, tenant, 'Right', college);
  const apprentices = await buildGroup(db, tenant, 'Apprentices');
  const digital = await buildGroup(db, tenant, 'Digital', apprentices);
  const admin = await buildAdmin(db, tenant, [college, apprentices], {
    firstName: 'Ada',
    surname: 'Admin',
  });
  const leftAdmin = await buildAdmin(db, tenant, [left], { firstName: 'Lee', surname: 'Left' });
  const rightAdmin = await buildAdmin(db, tenant, [right], { firstName: 'Rae', surname: 'Right' });
  const digitalAdmin = await buildAdmin(db, tenant, [digital], {
    firstName: 'Dee',
    surname: 'Digital',
  });
  const archivedAdmin = await buildAdmin(db, tenant, [college], { status: 'Archived' });

  const programme = (values: Omit<Input<typeof programmes>, 'tenantId'>) =>
    insertOne(
      db
        .insert(programmes)
        .values({ tenantId: tenant.id, ...values })
        .returning(),
    );
  const eligibility = await programme({ name: 'Eligibility', type: 'application' });
  const software = await programme({
    name: 'Software Developer',
    type: 'delivery',
    referencePrefix: 'SD-',
    referenceDigits: 5,
  });
  const care = await programme({
    name: 'Care Worker',
    type: 'delivery',
    advicePacks: ['standard', 'professional'],
    defaultAdvicePack: 'standard',
    customFields: [
      { key: 'uln', label: 'Unique learner number', kind: 'text', options: [], mandatory: true },
      { key: 'shoe', label: 'Shoe size', kind: 'text', options: [], mandatory: false },
    ],
  });
  const maths = await programme({ name: 'Maths', type: 'delivery' });
  await db.insert(programmeGroups).values([
    { tenantId: tenant.id, programmeId: eligibility.id, groupId: left.id },
    { tenantId: tenant.id, programmeId: eligibility.id, groupId: right.id },
    { tenantId: tenant.id, programmeId: software.id, groupId: left.id },
    { tenantId: tenant.id, programmeId: care.id, groupId: right.id },
    { tenantId: tenant.id, programmeId: maths.id, groupId: digital.id },
  ]);

  const organisation = (name: string, type: 'own' | 'training' | 'employer' | 'referrer') =>
    insertOne(db.insert(organisations).values({ tenantId: tenant.id, name, type }).returning());
  const own = await organisation('Our College', 'own');
  const training = await organisation('Partner Training', 'training');
  const acme = await organisation('Acme Ltd', 'employer');
  const bright = await organisation('Bright Ltd', 'employer');
  const referrer = await organisation('Jobcentre', 'referrer');
  const referrer2 = await organisation('Council', 'referrer');
  const address = (organisationId: number, line1: string) =>
    insertOne(
      db
        .insert(organisationAddresses)
        .values({ tenantId: tenant.id, organisationId, postcode: 'LS1 4AP', line1, town: 'Leeds' })
        .returning(),
    );
  const acmeAddress = await address(acme.id, '1 Acme Street');
  const brightAddress = await address(bright.id, '2 Bright Street');
  const referrerAddress = await address(referrer.id, '3 Job Street');
  const referrer2Address = await address(referrer2.id, '4 Council Street');
  const contact = (organisationId: number, name: string) =>
    insertOne(
      db
        .insert(organisationContacts)
        .values({ tenantId: tenant.id, organisationId, name })
        .returning(),
    );
  const referrerContact = await contact(referrer.id, 'Jo Referrer');
  const referrer2Contact = await contact(referrer2.id, 'Cy Council');

  const employerUser = (
    groups: { id: number; rootId: number; tenantId: number; name: string }[],
    employerId: number,
    firstName: string,
  ) => buildEmployer(db, tenant, groups, { firstName, surname: 'Boss', extra: { employerId } });
  const acmeLeft = await employerUser([left], acme.id, 'Amy');
  const acmeRight = await employerUser([right], acme.id, 'Ray');
  const brightLeft = await employerUser([left], bright.id, 'Bob');

  const other = await buildTenant(db);
  const otherRoot = await buildGroup(db, other, 'Elsewhere');
  const otherAdmin = await buildAdmin(db, other, [otherRoot]);
  const [otherEmployer] = await db
    .insert(organisations)
    .values({ tenantId: other.id, name: 'Other Employer', type: 'employer' })
    .returning();

  return {
    tenant,
    groups: { college, left, right, apprentices, digital },
    admins: { admin, leftAdmin, rightAdmin, digitalAdmin, archivedAdmin },
    programmes: { eligibility, software, care, maths },
    orgs: { own, training, acme, bright, referrer, referrer2 },
    addresses: { acmeAddress, brightAddress, referrerAddress, referrer2Address },
    contacts: { referrerContact, referrer2Contact },
    employers: { acmeLeft, acmeRight, brightLeft },
    other: { tenant: other, root: otherRoot, admin: otherAdmin, employer: otherEmployer },
  };
}
export type LearnerWorld = Awaited<ReturnType<typeof buildLearnerWorld>>;

/** Replaces the tenant's settings (everything left out takes its default). */
export async function setTenantSettings(
  db: Db,
  tenantId: number,
  settings: Partial<TTenantSettings>,
) {
  await db.update(tenants).set({ settings }).where(eq(tenants.id, tenantId));
}

/** A learner of the world, by default in Left with Ada as case owner. */
export const addLearner = (
  db: Db,
  world: LearnerWorld,
  options: Parameters<typeof buildLearner>[3] & { groups?: LearnerWorld['groups']['left'][] } = {},
) =>
  buildLearner(db, world.tenant, options.groups ?? [world.groups.left], {
    ...options,
    extra: { caseOwnerId: world.admins.admin.id, ...options.extra },
  });

/** PATCH with the user's current version, as the form does. */
export async function patchUser(client: Client, id: number, body: Record<string, unknown>) {
  const loaded = await client.get(`/api/v1/users/${id}`);
  if (loaded.statusCode !== 200) return loaded;
  return client.request('PATCH', `/api/v1/users/${id}`, {
    version: loaded.json().version,
    ...body,
  });
}

/** The field reasons of a 422 (or fails with the body when the answer is something else). */
export function fieldsOf(response: {
  statusCode: number;
  body: string;
  json(): { error?: { fields?: Record<string, string> } };
}) {
  if (response.statusCode !== 422)
    throw new Error(`expected 422, got ${response.statusCode}: ${response.body}`);
  return response.json().error?.fields ?? {};
}
