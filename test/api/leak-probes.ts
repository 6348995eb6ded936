/**
 * One probe per API route: how to aim it at the victim's records, what must stay hidden, and
 * whether a wrong actor must get 404 ('record') or a list without the victim's rows ('list').
 */
import type { Db } from '../../src/db/client.js';
import { accessCodes } from '../../src/db/schema.js';
import type { buildLearner, buildWorld } from '../support/factories.js';

export interface Fixture {
  world: Awaited<ReturnType<typeof buildWorld>>;
  learner: Awaited<ReturnType<typeof buildLearner>>;
  db: Db;
}

export interface Probe {
  /** record: wrong actors get 404. list: 200 without the secrets. public/self: no victim data. */
  kind: 'record' | 'list' | 'public' | 'self' | 'action';
  /** Tenant-wide data (not group-scoped): only other tenants are wrong actors. */
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

/** An employer organisation of the victim's tenant (organisations are tenant-wide). */
const organisationRecord = async ({ world, db }: Fixture) => {
  const { organisations } = await import('../../src/db/schema.js');
  const [row] = await db
    .insert(organisations)
    .values({ tenantId: world.tenant.id, name: 'Secret Employer Ltd', type: 'employer' })
    .returning();
  return { params: { id: row?.id ?? 0 } };
};

export const probes: Record<string, Probe> = {
  'POST /api/v1/session': { kind: 'public' },
  'GET /api/v1/session': { kind: 'self' },
  'DELETE /api/v1/session': { kind: 'self' },
  'GET /api/v1/openapi.json': { kind: 'public' },
  'GET /api/v1/users': {
    kind: 'list',
    make: async () => ({ params: {}, query: '?q=secret', secret: ['secret.learner@example.test'] }),
  },
  'GET /api/v1/users/:id': { kind: 'record', make: learnerRecord },
  'GET /api/v1/users/overview': { kind: 'list' },
  'GET /api/v1/groups': {
    kind: 'list',
    // A partial-access administrator sees whole hierarchies (seed: Edit User), so only
    // other tenants are wrong actors here.
    tenantWide: true,
    make: async ({ world }) => ({ params: {}, secret: [`"id":${world.right.id},`] }),
  },
  'GET /api/v1/programmes': { kind: 'list', tenantWide: true },
  'GET /api/v1/tenant': { kind: 'self' },
  'POST /api/v1/users/:id/invitation': { kind: 'record', make: learnerRecord },
  'POST /api/v1/users/:id/unlock': { kind: 'record', make: learnerRecord },
  'GET /api/v1/users/:id/communications': { kind: 'record', make: learnerRecord },
  'POST /api/v1/activation/preview': { kind: 'public' },
  'POST /api/v1/activation': { kind: 'public' },
  'GET /api/v1/api-keys': { kind: 'self' },
  'POST /api/v1/api-keys': {
    kind: 'self',
    make: async () => ({ params: {}, body: { name: 'probe' } }),
  },
  'DELETE /api/v1/api-keys/:id': {
    kind: 'record',
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
  'GET /api/v1/access-codes': { kind: 'list', make: accessCodeInRight },
  'GET /api/v1/access-codes/export.csv': { kind: 'list', make: accessCodeInRight },
  'POST /api/v1/access-codes': {
    kind: 'action',
    make: async ({ world }) => ({
      params: {},
      body: { quantity: 1, groupIds: [world.right.id] },
      secret: ['"groupName":"Right"'],
    }),
  },
  'GET /api/v1/public/:tenant': { kind: 'public' },
  'POST /api/v1/public/:tenant/registrations': { kind: 'public' },
  'PATCH /api/v1/users/:id': {
    kind: 'record',
    make: async (fixture) => ({
      ...(await learnerRecord(fixture)),
      body: { version: 1, firstName: 'Hijacked' },
    }),
  },
  'POST /api/v1/learners': {
    kind: 'action',
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
    kind: 'record',
    make: async ({ learner, world }) => ({
      params: {},
      query: `?userId=${learner.id}&groupIds=${world.right.id}`,
      secret: ['secret.learner@example.test'],
    }),
  },
  'GET /api/v1/organisations': {
    kind: 'list',
    tenantWide: true,
    make: async (fixture) => {
      await organisationRecord(fixture);
      return { params: {}, secret: ['Secret Employer Ltd'] };
    },
  },
  'GET /api/v1/organisations/:id': {
    kind: 'record',
    tenantWide: true,
    make: async (fixture) => ({
      ...(await organisationRecord(fixture)),
      secret: ['Secret Employer Ltd'],
    }),
  },
  'POST /api/v1/organisations/:id/addresses': {
    kind: 'record',
    tenantWide: true,
    make: async (fixture) => ({
      ...(await organisationRecord(fixture)),
      body: { postcode: 'LS1 4AP', line1: '1 Park Row', country: 'United Kingdom' },
    }),
  },
  'POST /api/v1/organisations/:id/contacts': {
    kind: 'record',
    tenantWide: true,
    make: async (fixture) => ({
      ...(await organisationRecord(fixture)),
      body: { name: 'Probe Contact' },
    }),
  },
  'POST /api/v1/users/:id/change-requests': {
    kind: 'record',
    make: async (fixture) => ({
      ...(await learnerRecord(fixture)),
      body: { requested: { firstName: 'Hijacked' } },
    }),
  },
  'GET /api/v1/users/:id/change-requests': { kind: 'record', make: learnerRecord },
  'POST /api/v1/employers': {
    kind: 'action',
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
  'GET /api/v1/positions': { kind: 'list', tenantWide: true },
  'POST /api/v1/account-unlock': { kind: 'public' },
  'POST /api/v1/account-unlock/confirm': { kind: 'public' },
  'POST /api/v1/support/account-unlock': {
    kind: 'action',
    make: async ({ world, learner }) => ({
      params: {},
      body: { tenant: world.tenant.slug, username: learner.email },
      secret: ['secret.learner@example.test'],
    }),
  },
  'PATCH /api/v1/tenant': {
    kind: 'self',
    make: async () => ({ params: {}, body: { name: 'Hijacked' } }),
  },
};
