/**
 * The leak table: one row per API route — how to aim it at the victim's records (a learner in
 * group Right of the victim tenant), what must stay hidden, and the one status every kind of
 * caller must get.
 */
import type { Db } from '../../src/db/client.js';
import { accessCodes, changeRequests, fundingEpisodes } from '../../src/db/schema.js';
import type { buildLearner, buildWorld } from '../support/factories.js';

export interface Fixture {
  world: Awaited<ReturnType<typeof buildWorld>>;
  learner: Awaited<ReturnType<typeof buildLearner>>;
  db: Db;
}

/** Every kind of caller the suite sends each route as; none of them may see the victim's records. */
export const CALLERS = [
  'otherTenant',
  'sibling',
  'learner',
  'employer',
  'support',
  'apiKey',
  'signedOut',
] as const;
export type Caller = (typeof CALLERS)[number];

export interface Probe {
  /** The one status each caller must get. */
  expect: Record<Caller, number>;
  /** Tenant-wide data (not group-scoped): the tenant's own administrators may see it. */
  tenantWide?: boolean;
  make?: (fixture: Fixture) => Promise<{
    params: Record<string, string | number>;
    query?: string;
    body?: unknown;
    secret?: string[];
  }>;
}

const learnerRecord = async ({ learner }: Fixture) => ({
  params: { id: learner.id },
  secret: ['secret.learner@example.test'],
});

/** An access code in the victim's group (Right): only its administrators may see it. */
const accessCodeInRight = async ({ world, db }: Fixture) => {
  await db
    .insert(accessCodes)
    .values({
      tenantId: world.tenant.id,
      code: 'ZZZZZ-ZZZZZ',
      groupId: world.right.id,
      description: 'secret access code',
      expiresAt: new Date(Date.now() + 86_400_000),
    })
    .onConflictDoNothing();
  return { params: {}, query: '?code=ZZZZZ', secret: ['ZZZZZ-ZZZZZ', 'secret access code'] };
};

/** A fresh unused access code in the victim's group (Right), by row id, to revoke or extend. */
const unusedCodeInRight = async ({ world, db }: Fixture, extra: object = {}) => {
  const [row] = await db
    .insert(accessCodes)
    .values({
      tenantId: world.tenant.id,
      code: `Z${Math.random().toString(36).slice(2, 6).toUpperCase()}-ZZZZZ`,
      groupId: world.right.id,
      description: 'secret access code',
      expiresAt: new Date(Date.now() + 86_400_000),
    })
    .returning();
  return { params: {}, body: { ids: [row?.id ?? 0], ...extra }, secret: ['secret access code'] };
};

/** An open change request on the victim learner, raised by their administrator. */
const changeRequestOfLearner = async ({ world, learner, db }: Fixture, body?: object) => {
  const [request] = await db
    .insert(changeRequests)
    .values({
      tenantId: world.tenant.id,
      learnerId: learner.id,
      requestedBy: world.admin.id,
      requested: { firstName: 'Secretly' },
      note: 'secret change note',
    })
    .returning();
  return {
    params: { id: learner.id, requestId: request?.id ?? 0 },
    body,
    secret: ['secret.learner@example.test', 'secret change note'],
  };
};

/** An audit entry about the victim learner, asked for by that learner's id. */
const auditOfLearner = async ({ world, learner, db }: Fixture) => {
  const { auditLog } = await import('../../src/db/schema.js');
  await db.insert(auditLog).values({
    tenantId: world.tenant.id,
    actorId: world.admin.id,
    action: 'user_updated',
    entityType: 'user',
    entityId: String(learner.id),
    after: { email: 'secret.learner@example.test' },
  });
  return { params: {}, query: `?userId=${learner.id}`, secret: ['secret.learner@example.test'] };
};

/** An employer organisation of the victim's tenant (organisations are tenant-wide). */
const organisationRecord = async ({ world, db }: Fixture) => {
  const { organisations } = await import('../../src/db/schema.js');
  const [row] = await db
    .insert(organisations)
    .values({ tenantId: world.tenant.id, name: 'Secret Employer Ltd', type: 'employer' })
    .returning();
  return { params: { id: row?.id ?? 0 } };
};

/** An address and a contact of a victim tenant's organisation, to correct. */
const organisationParts = async (fixture: Fixture) => {
  const { organisationAddresses, organisationContacts } = await import('../../src/db/schema.js');
  const { params } = await organisationRecord(fixture);
  const tenantId = fixture.world.tenant.id;
  const [address] = await fixture.db
    .insert(organisationAddresses)
    .values({ tenantId, organisationId: params.id, postcode: 'LS1 4AP', line1: 'Secret Street' })
    .returning();
  const [contact] = await fixture.db
    .insert(organisationContacts)
    .values({ tenantId, organisationId: params.id, name: 'Secret Contact' })
    .returning();
  return { id: params.id, addressId: address?.id ?? 0, contactId: contact?.id ?? 0 };
};

/** An upload by the victim tenant's full-access administrator, naming the victim learner. */
const importRecord = async ({ world, db }: Fixture) => {
  const { imports, importRows } = await import('../../src/db/schema.js');
  const [row] = await db
    .insert(imports)
    .values({
      tenantId: world.tenant.id,
      createdBy: world.admin.id,
      fileName: 'secret-import.csv',
      mode: 'upsert',
      sendInvitations: false,
      status: 'previewed',
      columns: [{ header: 'Email', field: 'email' }],
      total: 1,
    })
    .returning();
  await db.insert(importRows).values({
    tenantId: world.tenant.id,
    importId: row?.id ?? 0,
    line: 2,
    values: { Email: 'secret.learner@example.test' },
    verdict: 'update',
  });
  return {
    params: { id: row?.id ?? 0 },
    secret: ['secret-import.csv', 'secret.learner@example.test'],
  };
};

/** An administrator with access to the victim's group Right only. */
const administratorInRight = async ({ world, db }: Fixture) => {
  const { buildAdmin } = await import('../support/factories.js');
  const victim = await buildAdmin(db, world.tenant, [world.right], {
    email: `secret.admin.${Math.random().toString(36).slice(2)}@example.test`,
  });
  return { params: { id: victim.id }, secret: ['secret.admin.'] };
};

/** A programme offered only on the victim's group (Right), under a secret name. */
const programmeInRight = async ({ world, db }: Fixture) => {
  const { programmes, programmeGroups } = await import('../../src/db/schema.js');
  const [programme] = await db
    .insert(programmes)
    .values({
      tenantId: world.tenant.id,
      name: `Secret programme ${Math.random().toString(36).slice(2)}`,
      type: 'delivery',
    })
    .returning();
  const id = programme?.id ?? 0;
  await db
    .insert(programmeGroups)
    .values({ tenantId: world.tenant.id, programmeId: id, groupId: world.right.id });
  return { params: { id }, secret: ['Secret programme'] };
};

/**
 * One row of the table: the status for each caller, in the order of CALLERS —
 * another tenant's administrator, an administrator without the victim's group, a learner, an
 * employer user, platform support, an API key (of the administrator without the group), and
 * nobody signed in. Records another tenant holds or outside the caller's groups are 404; a
 * caller of the wrong kind is 403; nobody is 401; a key on a route that takes none is 403.
 */
function row(
  otherTenant: number,
  sibling: number,
  learner: number,
  employer: number,
  support: number,
  apiKey: number,
  signedOut: number,
): Probe['expect'] {
  return { otherTenant, sibling, learner, employer, support, apiKey, signedOut };
}

export const probes: Record<string, Probe> = {
  'POST /api/v1/session': { expect: row(422, 422, 422, 422, 422, 422, 422) },
  'GET /api/v1/session': { expect: row(200, 200, 200, 200, 200, 403, 401) },
  'DELETE /api/v1/session': { expect: row(204, 204, 204, 204, 204, 403, 401) },
  'GET /api/v1/openapi.json': { expect: row(200, 200, 200, 200, 200, 200, 200) },
  'GET /api/v1/users': {
    expect: row(200, 200, 403, 403, 200, 200, 401),
    make: async () => ({ params: {}, query: '?q=secret', secret: ['secret.learner@example.test'] }),
  },
  'GET /api/v1/users/:id': { expect: row(404, 404, 403, 403, 404, 404, 401), make: learnerRecord },
  'GET /api/v1/users/overview': { expect: row(200, 200, 403, 403, 200, 200, 401) },
  'GET /api/v1/groups': {
    expect: row(200, 200, 403, 403, 200, 200, 401),
    // A partial-access administrator sees whole hierarchies (seed: Edit User), so only
    // other tenants are wrong actors here.
    tenantWide: true,
    make: async ({ world }) => ({ params: {}, secret: [`"id":${world.right.id},`] }),
  },
  'GET /api/v1/programmes': {
    expect: row(200, 200, 403, 403, 200, 200, 401),
    make: async (fixture) => ({ ...(await programmeInRight(fixture)), params: {} }),
  },
  'GET /api/v1/tenant': { expect: row(200, 200, 403, 403, 200, 403, 401) },
  'POST /api/v1/users/:id/invitation': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: learnerRecord,
  },
  'POST /api/v1/users/:id/unlock': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: learnerRecord,
  },
  'GET /api/v1/users/:id/communications': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: learnerRecord,
  },
  'POST /api/v1/activation/preview': { expect: row(422, 422, 422, 422, 422, 422, 422) },
  'POST /api/v1/activation': { expect: row(422, 422, 422, 422, 422, 422, 422) },
  'GET /api/v1/api-keys': { expect: row(200, 200, 403, 403, 200, 403, 401) },
  'POST /api/v1/api-keys': {
    expect: row(201, 201, 403, 403, 403, 403, 401),
    make: async () => ({ params: {}, body: { name: 'probe' } }),
  },
  'DELETE /api/v1/api-keys/:id': {
    expect: row(404, 404, 403, 403, 404, 403, 401),
    make: async ({ world, db }) => {
      const { apiKeys } = await import('../../src/db/schema.js');
      const [row] = await db
        .insert(apiKeys)
        .values({
          tenantId: world.tenant.id,
          adminId: world.admin.id,
          name: 'victim',
          keyHash: `h-${Math.random()}`,
        })
        .returning();
      return { params: { id: row?.id ?? 0 } };
    },
  },
  'GET /api/v1/access-codes': {
    expect: row(200, 200, 403, 403, 200, 200, 401),
    make: accessCodeInRight,
  },
  'GET /api/v1/access-codes/export.csv': {
    expect: row(200, 200, 403, 403, 200, 200, 401),
    make: accessCodeInRight,
  },
  'POST /api/v1/access-codes': {
    expect: row(422, 422, 403, 403, 403, 422, 401),
    make: async ({ world }) => ({
      params: {},
      body: { quantity: 1, groupIds: [world.right.id] },
      secret: ['"groupName":"Right"'],
    }),
  },
  'POST /api/v1/access-codes/revoke': {
    expect: row(404, 404, 403, 403, 403, 404, 401),
    make: (fixture) => unusedCodeInRight(fixture),
  },
  'POST /api/v1/access-codes/extend': {
    expect: row(404, 404, 403, 403, 403, 404, 401),
    make: (fixture) => unusedCodeInRight(fixture, { expiresOn: '2999-12-31' }),
  },
  'GET /api/v1/audit': {
    expect: row(404, 404, 403, 403, 404, 403, 401),
    make: auditOfLearner,
  },
  'GET /api/v1/audit/export.csv': {
    expect: row(404, 404, 403, 403, 404, 403, 401),
    make: auditOfLearner,
  },
  'GET /api/v1/public/:tenant': {
    expect: row(200, 200, 200, 200, 200, 200, 200),
    make: async ({ world }) => ({ params: { tenant: world.tenant.slug }, secret: ['@'] }),
  },
  'POST /api/v1/public/:tenant/registrations': { expect: row(422, 422, 422, 422, 422, 422, 422) },
  'PATCH /api/v1/users/:id': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: async (fixture) => ({
      ...(await learnerRecord(fixture)),
      body: { version: 1, firstName: 'Hijacked' },
    }),
  },
  'POST /api/v1/learners': {
    expect: row(422, 422, 403, 403, 403, 422, 401),
    make: async ({ world }) => ({
      params: {},
      body: {
        invite: false,
        firstName: 'Probe',
        surname: 'Learner',
        gender: 'female',
        email: 'secret.learner@example.test',
        groupIds: [world.right.id],
      },
      secret: ['Secret Learner', 'user ID'],
    }),
  },
  'GET /api/v1/learner-options': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: async ({ learner, world }) => ({
      params: {},
      query: `?userId=${learner.id}&groupIds=${world.right.id}`,
      secret: ['secret.learner@example.test'],
    }),
  },
  'GET /api/v1/organisations': {
    expect: row(200, 200, 403, 403, 200, 200, 401),
    tenantWide: true,
    make: async (fixture) => {
      await organisationRecord(fixture);
      return { params: {}, secret: ['Secret Employer Ltd'] };
    },
  },
  'GET /api/v1/organisations/:id': {
    expect: row(404, 200, 403, 403, 200, 200, 401),
    tenantWide: true,
    make: async (fixture) => ({
      ...(await organisationRecord(fixture)),
      secret: ['Secret Employer Ltd'],
    }),
  },
  'POST /api/v1/organisations': {
    expect: row(201, 201, 403, 403, 403, 201, 401),
    tenantWide: true,
    make: async () => ({ params: {}, body: { name: 'Probe Employer Ltd', type: 'employer' } }),
  },
  'PATCH /api/v1/organisations/:id': {
    expect: row(404, 200, 403, 403, 403, 200, 401),
    tenantWide: true,
    make: async (fixture) => ({
      ...(await organisationRecord(fixture)),
      body: { version: 1, name: 'Probe Renamed Ltd' },
      secret: ['Secret Employer Ltd'],
    }),
  },
  'POST /api/v1/organisations/:id/archive': {
    expect: row(404, 200, 403, 403, 403, 200, 401),
    tenantWide: true,
    make: async (fixture) => ({
      ...(await organisationRecord(fixture)),
      secret: ['Secret Employer Ltd'],
    }),
  },
  'POST /api/v1/organisations/:id/restore': {
    expect: row(404, 200, 403, 403, 403, 200, 401),
    tenantWide: true,
    make: async (fixture) => ({
      ...(await organisationRecord(fixture)),
      secret: ['Secret Employer Ltd'],
    }),
  },
  // No lookup service in the suite's server: every administrator hears it is off.
  'GET /api/v1/postcode-lookup': {
    expect: row(200, 200, 403, 403, 200, 200, 401),
  },
  'GET /api/v1/postcodes/:postcode': {
    expect: row(503, 503, 403, 403, 503, 503, 401),
    make: async () => ({ params: { postcode: 'LS14AP' } }),
  },
  'POST /api/v1/organisations/:id/addresses': {
    expect: row(404, 201, 403, 403, 403, 201, 401),
    tenantWide: true,
    make: async (fixture) => ({
      ...(await organisationRecord(fixture)),
      body: { postcode: 'LS1 4AP', line1: '1 Park Row', country: 'United Kingdom' },
    }),
  },
  'PUT /api/v1/organisations/:id/addresses/:addressId': {
    expect: row(404, 200, 403, 403, 403, 200, 401),
    tenantWide: true,
    make: async (fixture) => ({
      params: await organisationParts(fixture),
      body: { postcode: 'LS1 4AP', line1: '2 Park Row', country: 'United Kingdom' },
      secret: ['Secret Street'],
    }),
  },
  'PUT /api/v1/organisations/:id/contacts/:contactId': {
    expect: row(404, 200, 403, 403, 403, 200, 401),
    tenantWide: true,
    make: async (fixture) => ({
      params: await organisationParts(fixture),
      body: { name: 'Probe Contact' },
      secret: ['Secret Contact'],
    }),
  },
  'POST /api/v1/organisations/:id/contacts': {
    expect: row(404, 201, 403, 403, 403, 201, 401),
    tenantWide: true,
    make: async (fixture) => ({
      ...(await organisationRecord(fixture)),
      body: { name: 'Probe Contact' },
    }),
  },
  'POST /api/v1/users/:id/change-requests': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: async (fixture) => ({
      ...(await learnerRecord(fixture)),
      body: { requested: { firstName: 'Hijacked' } },
    }),
  },
  'POST /api/v1/users/:id/change-requests/:requestId/approve': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: (fixture) => changeRequestOfLearner(fixture),
  },
  'POST /api/v1/users/:id/change-requests/:requestId/reject': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: (fixture) => changeRequestOfLearner(fixture, { reason: 'Probe says no' }),
  },
  'GET /api/v1/users/:id/funding-episodes': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: learnerRecord,
  },
  'POST /api/v1/users/:id/funding-episodes/:episodeId/unfunded': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: async (fixture) => {
      const [episode] = await fixture.db
        .insert(fundingEpisodes)
        .values({
          tenantId: fixture.world.tenant.id,
          learnerId: fixture.learner.id,
          status: 'Submitted',
          inBatch: true,
        })
        .returning();
      return {
        ...(await learnerRecord(fixture)),
        params: { id: fixture.learner.id, episodeId: episode?.id ?? 0 },
      };
    },
  },
  'POST /api/v1/users/:id/cancel': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: learnerRecord,
  },
  'POST /api/v1/users/:id/suspend': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: learnerRecord,
  },
  'POST /api/v1/users/:id/resume': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: learnerRecord,
  },
  'POST /api/v1/users/:id/expire': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: learnerRecord,
  },
  'POST /api/v1/users/:id/archive': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: learnerRecord,
  },
  'POST /api/v1/users/:id/make-employer': {
    expect: row(404, 404, 403, 403, 404, 403, 401),
    make: async (fixture) => ({
      ...(await learnerRecord(fixture)),
      body: { invite: false, groupIds: [fixture.world.right.id], employerId: 1 },
    }),
  },
  'POST /api/v1/users/:id/restore': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: learnerRecord,
  },
  'GET /api/v1/users/due-to-expire': {
    expect: row(200, 200, 403, 403, 200, 200, 401),
    make: async () => ({
      params: {},
      query: '?from=2000-01-01&to=2999-12-31',
      secret: ['secret.learner@example.test'],
    }),
  },
  'GET /api/v1/users/due-to-expire.csv': {
    expect: row(200, 200, 403, 403, 200, 200, 401),
    make: async () => ({
      params: {},
      query: '?from=2000-01-01&to=2999-12-31',
      secret: ['secret.learner@example.test'],
    }),
  },
  'POST /api/v1/bulk-actions': {
    expect: row(202, 202, 403, 403, 202, 202, 401),
    make: async ({ learner }) => ({
      params: {},
      body: { action: 'unlock', userIds: [learner.id] },
    }),
  },
  'GET /api/v1/bulk-actions/:id': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: async ({ world, learner, db }) => {
      const { bulkActions } = await import('../../src/db/schema.js');
      const [row] = await db
        .insert(bulkActions)
        .values({
          tenantId: world.tenant.id,
          createdBy: world.admin.id,
          action: 'unlock',
          total: 1,
        })
        .returning();
      return { params: { id: row?.id ?? 0 }, secret: [String(learner.email)] };
    },
  },
  'POST /api/v1/users/:id/messages': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: async (fixture) => ({
      ...(await learnerRecord(fixture)),
      body: { subject: 'Probe', body: 'Hello {{firstName}}' },
    }),
  },
  'POST /api/v1/groups/:id/messages': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: async ({ world }) => ({
      params: { id: world.right.id },
      body: { subject: 'Probe', body: 'Hello' },
      secret: ['secret.learner@example.test'],
    }),
  },
  'GET /api/v1/messages/:id': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: async ({ world, db }) => {
      const { messages } = await import('../../src/db/schema.js');
      const [row] = await db
        .insert(messages)
        .values({
          tenantId: world.tenant.id,
          sentBy: world.admin.id,
          groupId: world.right.id,
          subject: 'Secret subject',
          body: 'Secret body',
          total: 1,
        })
        .returning();
      return { params: { id: row?.id ?? 0 }, secret: ['Secret subject'] };
    },
  },
  // The tenant's wording: its standard administrators read and write it, not support or keys.
  'GET /api/v1/email-templates/:kind': {
    expect: row(200, 200, 403, 403, 403, 403, 401),
    tenantWide: true,
    make: async ({ world, db }) => {
      const { emailTemplates } = await import('../../src/db/schema.js');
      await db
        .insert(emailTemplates)
        .values({
          tenantId: world.tenant.id,
          kind: 'activation',
          subject: 'Secret wording',
          body: 'Secret wording {{activationLink}}',
          updatedBy: world.admin.id,
        })
        .onConflictDoNothing();
      return { params: { kind: 'activation' }, secret: ['Secret wording'] };
    },
  },
  'PUT /api/v1/email-templates/:kind': {
    expect: row(200, 200, 403, 403, 403, 403, 401),
    tenantWide: true,
    make: async () => ({
      params: { kind: 'activation' },
      body: { subject: 'Probe wording', body: 'Hello {{activationLink}}' },
    }),
  },
  'POST /api/v1/email-templates/:kind/preview': {
    expect: row(200, 200, 403, 403, 403, 403, 401),
    tenantWide: true,
    make: async () => ({
      params: { kind: 'activation' },
      body: { subject: 'Probe', body: 'Hello {{organisationName}} {{activationLink}}' },
    }),
  },
  'GET /api/v1/reports/activations': {
    expect: row(200, 200, 403, 403, 200, 200, 401),
    make: async ({ world }) => ({ params: {}, query: `?groupId=${world.right.id}` }),
  },
  'GET /api/v1/reports/activations.csv': {
    expect: row(200, 200, 403, 403, 200, 200, 401),
    make: async ({ world }) => ({ params: {}, query: `?groupId=${world.right.id}` }),
  },
  'GET /api/v1/reports/groups': {
    expect: row(200, 200, 403, 403, 200, 200, 401),
    make: async ({ world }) => ({ params: {}, secret: [`"groupId":${world.right.id},`] }),
  },
  'GET /api/v1/reports/groups.csv': {
    expect: row(200, 200, 403, 403, 200, 200, 401),
    make: async () => ({ params: {}, secret: ['› Right,'] }),
  },
  'GET /api/v1/reports/users': {
    expect: row(200, 200, 403, 403, 200, 200, 401),
    make: async ({ world }) => ({
      params: {},
      query: `?groupId=${world.right.id}`,
      secret: ['secret.learner@example.test'],
    }),
  },
  'GET /api/v1/reports/users.csv': {
    expect: row(200, 200, 403, 403, 200, 200, 401),
    make: async ({ world }) => ({
      params: {},
      query: `?groupId=${world.right.id}`,
      secret: ['secret.learner@example.test'],
    }),
  },
  'GET /api/v1/users/:id/contacts': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: learnerRecord,
  },
  'GET /api/v1/users/:id/change-requests': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: learnerRecord,
  },
  'POST /api/v1/employers': {
    expect: row(422, 422, 403, 403, 403, 422, 401),
    make: async ({ world }) => ({
      params: {},
      body: {
        invite: false,
        title: 'Ms',
        firstName: 'Probe',
        surname: 'Employer',
        email: 'secret.learner@example.test',
        mobile: '07700 900123',
        groupIds: [world.right.id],
      },
      secret: ['user ID'],
    }),
  },
  'GET /api/v1/positions': { expect: row(200, 200, 403, 403, 200, 200, 401), tenantWide: true },
  'POST /api/v1/account-unlock': { expect: row(422, 422, 422, 422, 422, 422, 422) },
  'POST /api/v1/account-unlock/confirm': { expect: row(422, 422, 422, 422, 422, 422, 422) },
  'POST /api/v1/password-reset': { expect: row(422, 422, 422, 422, 422, 422, 422) },
  'POST /api/v1/password-reset/confirm': { expect: row(422, 422, 422, 422, 422, 422, 422) },
  'POST /api/v1/users/:id/password-reset': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: learnerRecord,
  },
  'POST /api/v1/support/account-unlock': {
    expect: row(403, 403, 403, 403, 409, 403, 401),
    make: async ({ world, learner }) => ({
      params: {},
      body: { tenant: world.tenant.slug, username: learner.email },
      secret: ['secret.learner@example.test'],
    }),
  },
  // Imports: only the administrator who uploaded one, or one reaching every group, sees it.
  'POST /api/v1/imports': {
    expect: row(415, 415, 403, 403, 403, 415, 401),
    make: async () => ({ params: {}, body: { file: 'First name\nSecret' } }),
  },
  'GET /api/v1/imports': {
    expect: row(200, 200, 403, 403, 200, 200, 401),
    make: async (fixture) => ({ ...(await importRecord(fixture)), params: {} }),
  },
  'GET /api/v1/imports/template.csv': { expect: row(200, 200, 403, 403, 200, 200, 401) },
  'GET /api/v1/imports/:id': { expect: row(404, 404, 403, 403, 404, 404, 401), make: importRecord },
  'GET /api/v1/imports/:id/rows': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: importRecord,
  },
  'POST /api/v1/imports/:id/commit': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: importRecord,
  },
  'GET /api/v1/imports/:id/results.csv': {
    expect: row(404, 404, 403, 403, 404, 404, 401),
    make: importRecord,
  },
  'PATCH /api/v1/tenant': {
    expect: row(403, 403, 403, 403, 200, 403, 401),
    make: async () => ({ params: {}, body: { name: 'Hijacked' } }),
  },
  'GET /api/v1/tenants': {
    expect: row(403, 403, 403, 403, 200, 403, 401),
    make: async () => ({ params: {}, secret: [] }),
  },
  'POST /api/v1/tenants': {
    expect: row(403, 403, 403, 403, 201, 403, 401),
    make: async () => ({
      params: {},
      body: {
        slug: `probe-${Math.random().toString(36).slice(2, 10)}`,
        name: 'Probe Training',
        firstAdministrator: {
          firstName: 'Probe',
          surname: 'Admin',
          email: `probe.${Math.random().toString(36).slice(2)}@example.test`,
        },
      },
    }),
  },
  'GET /api/v1/tenants/:id': {
    expect: row(403, 403, 403, 403, 200, 403, 401),
    make: async ({ world }) => ({ params: { id: world.tenant.id } }),
  },
  'PATCH /api/v1/tenants/:id': {
    expect: row(403, 403, 403, 403, 200, 403, 401),
    make: async ({ world }) => ({
      params: { id: world.tenant.id },
      body: { accessCodeValidityDays: 30 },
    }),
  },
  'GET /api/v1/administrators': {
    expect: row(200, 200, 403, 403, 200, 403, 401),
    make: async (fixture) => ({ ...(await administratorInRight(fixture)), params: {} }),
  },
  'POST /api/v1/administrators': {
    expect: row(422, 422, 403, 403, 403, 403, 401),
    make: async ({ world }) => ({
      params: {},
      body: {
        firstName: 'Probe',
        surname: 'Administrator',
        email: `probe.admin.${Math.random().toString(36).slice(2)}@example.test`,
        groupIds: [world.right.id],
      },
    }),
  },
  'GET /api/v1/administrators/:id': {
    expect: row(404, 404, 403, 403, 404, 403, 401),
    make: administratorInRight,
  },
  'PATCH /api/v1/administrators/:id': {
    expect: row(404, 404, 403, 403, 404, 403, 401),
    make: async (fixture) => ({
      ...(await administratorInRight(fixture)),
      body: { version: 1, email: 'hijacked@example.test' },
    }),
  },
  'POST /api/v1/administrators/:id/deactivate': {
    expect: row(404, 404, 403, 403, 404, 403, 401),
    make: administratorInRight,
  },
  'POST /api/v1/groups': {
    expect: row(422, 422, 403, 403, 403, 403, 401),
    make: async ({ world }) => ({
      params: {},
      body: { name: 'Probe group', parentId: world.right.id },
      secret: ['"name":"Right"'],
    }),
  },
  'PATCH /api/v1/groups/:id': {
    expect: row(404, 404, 403, 403, 403, 403, 401),
    make: async ({ world }) => ({
      params: { id: world.right.id },
      body: { version: 1, name: 'Hijacked' },
      secret: ['"name":"Right"'],
    }),
  },
  // The signed-in person's own portal: each person reads only their own account.
  'GET /api/v1/me': {
    expect: row(200, 200, 200, 200, 200, 403, 401),
    make: async () => ({ params: {}, secret: ['secret.learner@example.test'] }),
  },
  'PUT /api/v1/me/password': {
    expect: row(422, 422, 422, 422, 422, 403, 401),
    make: async () => ({
      params: {},
      body: { currentPassword: 'not-the-password', newPassword: 'Another-long-passphrase-9' },
    }),
  },
  // The employer's console: the employer caller shares group Right with the victim learner but
  // neither manages nor mentors them and lacks the View all role, so sees an empty list.
  'GET /api/v1/me/learners': {
    expect: row(403, 403, 403, 200, 403, 403, 401),
    make: async () => ({ params: {}, secret: ['secret.learner@example.test'] }),
  },
  'DELETE /api/v1/groups/:id': {
    expect: row(404, 404, 403, 403, 403, 403, 401),
    make: async ({ world }) => ({ params: { id: world.right.id }, secret: ['"name":"Right"'] }),
  },
  'POST /api/v1/programmes': {
    expect: row(422, 422, 403, 403, 403, 403, 401),
    make: async ({ world }) => ({
      params: {},
      body: { name: 'Probe programme', type: 'delivery', groupIds: [world.right.id] },
    }),
  },
  'PATCH /api/v1/programmes/:id': {
    expect: row(404, 404, 403, 403, 403, 403, 401),
    make: async (fixture) => ({
      ...(await programmeInRight(fixture)),
      body: { version: 1, name: 'Hijacked', groupIds: [fixture.world.left.id] },
    }),
  },
  'DELETE /api/v1/programmes/:id': {
    expect: row(404, 404, 403, 403, 403, 403, 401),
    make: programmeInRight,
  },
};
