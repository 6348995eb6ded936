/** Test factories over a real database: tenants, groups, administrators, learners, employers. */
import { randomBytes } from 'node:crypto';
import type { Db } from '../../src/db/client.js';
import {
  adminGroupAccess,
  type SUBSCRIPTION_STATUSES,
  tenants,
  userGroups,
  users,
} from '../../src/db/schema.js';
import { createGroup } from '../../src/features/groups/create-group.js';
import { caseOwnerCandidates } from '../../src/features/learners/rules/link-candidates.js';
import { loadWriteContext } from '../../src/features/learners/writer/load-write-context.js';
import type { Actor } from '../../src/platform/actor.js';
import { hashPassword } from '../../src/platform/passwords.js';

export const TEST_PASSWORD = 'Correct-horse-42';
let passwordHash: Promise<string> | undefined;
const hashed = () => {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
};
const unique = () => randomBytes(4).toString('hex');

type Status = (typeof SUBSCRIPTION_STATUSES)[number];
type Group = { id: number; rootId: number; tenantId: number; name: string };

export async function buildTenant(db: Db, overrides: Partial<typeof tenants.$inferInsert> = {}) {
  const [tenant] = await db
    .insert(tenants)
    .values({ slug: `t-${unique()}`, name: 'Test Training Ltd', ...overrides })
    .returning();
  if (!tenant) throw new Error('no tenant');
  return tenant;
}

export const buildGroup = (
  db: Db,
  tenant: { id: number },
  name = `Group ${unique()}`,
  parent?: { id: number },
) => createGroup(db, tenant.id, name, parent?.id ?? null);

interface UserOptions {
  groups?: Group[];
  status?: Status;
  email?: string;
  firstName?: string;
  surname?: string;
  extra?: Partial<typeof users.$inferInsert>;
}

async function buildUser(
  db: Db,
  tenant: { id: number },
  type: 'learner' | 'employer' | 'admin',
  options: UserOptions,
) {
  const email = options.email ?? `${type}-${unique()}@factory.test`;
  const status = options.status ?? 'FullUser';
  const [user] = await db
    .insert(users)
    .values({
      tenantId: tenant.id,
      type,
      username: email,
      email,
      firstName: options.firstName ?? 'Test',
      surname: options.surname ?? type,
      subscriptionStatus: status,
      passwordHash: status === 'FullUser' ? await hashed() : null,
      ...options.extra,
    })
    .returning();
  if (!user) throw new Error('no user');
  const groups = options.groups ?? [];
  if (groups.length)
    await db.insert(userGroups).values(
      groups.map((group) => ({
        tenantId: tenant.id,
        userId: user.id,
        groupId: group.id,
        rootId: group.rootId,
        exclusive: type === 'learner',
      })),
    );
  return { ...user, password: TEST_PASSWORD };
}

/** An administrator with access to `access` groups (and their subtrees). */
export async function buildAdmin(
  db: Db,
  tenant: { id: number },
  access: Group[],
  options: UserOptions & { role?: 'standard' | 'support' } = {},
) {
  const admin = await buildUser(db, tenant, 'admin', {
    ...options,
    groups: options.groups ?? access,
    extra: { adminRole: options.role ?? 'standard', ...options.extra },
  });
  if (access.length)
    await db
      .insert(adminGroupAccess)
      .values(
        access.map((group) => ({ tenantId: tenant.id, adminId: admin.id, groupId: group.id })),
      );
  return admin;
}

/** Who the factories act as when they ask the learner rules (sees no one; picks nothing). */
const factoryActor = (tenantId: number): Actor => ({
  tenantId,
  tenantSlug: '',
  userId: 0,
  type: 'admin',
  adminRole: 'standard',
  email: null,
  firstName: 'Factory',
  surname: '',
  accessibleGroupIds: new Set(),
  via: 'session',
  csrfToken: null,
});

/**
 * A learner in `groups`. Like Add user, it gets a case owner (the first administrator who
 * qualifies for the groups) unless `extra.caseOwnerId` says otherwise, so a later save passes.
 */
export async function buildLearner(
  db: Db,
  tenant: { id: number },
  groups: Group[],
  options: UserOptions = {},
) {
  const extra = { ...options.extra };
  if (!('caseOwnerId' in extra)) {
    const groupIds = groups.map((group) => group.id);
    const world = await loadWriteContext(db, factoryActor(tenant.id), []);
    const [owner] = caseOwnerCandidates(world, groupIds);
    extra.caseOwnerId = owner?.id ?? null;
  }
  return buildUser(db, tenant, 'learner', { ...options, groups, extra });
}

export const buildEmployer = (
  db: Db,
  tenant: { id: number },
  groups: Group[],
  options: UserOptions = {},
) => buildUser(db, tenant, 'employer', { ...options, groups });

/** Two tenants, each with a root hierarchy of two groups and a standard administrator. */
export async function buildWorld(db: Db) {
  const tenant = await buildTenant(db);
  const root = await buildGroup(db, tenant, 'Root A');
  const left = await buildGroup(db, tenant, 'Left', root);
  const right = await buildGroup(db, tenant, 'Right', root);
  const admin = await buildAdmin(db, tenant, [root]);
  const leftAdmin = await buildAdmin(db, tenant, [left]);
  const other = await buildTenant(db);
  const otherRoot = await buildGroup(db, other, 'Other root');
  const otherAdmin = await buildAdmin(db, other, [otherRoot]);
  return { tenant, root, left, right, admin, leftAdmin, other, otherRoot, otherAdmin };
}
