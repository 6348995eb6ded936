/** A tenant for benchmarks: two hierarchies, an administrator reaching both, a programme. */
import type { Db } from '../src/db/client.js';
import { adminGroupAccess, programmeGroups, programmes, tenants, users } from '../src/db/schema.js';
import { createGroup } from '../src/features/groups/create-group.js';
import type { AdminActor } from '../src/platform/actor.js';

/** The benchmarks' administrator (no password: benches call the use cases, not sign-in). */
export async function insertBenchAdmin(db: Db, tenantId: number) {
  const [admin] = await db
    .insert(users)
    .values({
      tenantId,
      type: 'admin',
      adminRole: 'standard',
      email: 'bench.admin@example.test',
      firstName: 'Bench',
      surname: 'Admin',
      subscriptionStatus: 'FullUser',
    })
    .returning();
  if (!admin) throw new Error('no admin');
  return admin;
}

/** That administrator as the use cases see them, reaching `groupIds`. */
export function benchActor(
  tenant: { id: number; slug: string },
  admin: Awaited<ReturnType<typeof insertBenchAdmin>>,
  groupIds: number[],
): AdminActor {
  return {
    tenantId: tenant.id,
    tenantSlug: tenant.slug,
    userId: admin.id,
    type: 'admin',
    adminRole: 'standard',
    email: admin.email,
    firstName: admin.firstName,
    surname: admin.surname,
    accessibleGroupIds: new Set(groupIds),
    via: 'session',
    csrfToken: null,
  };
}

export async function setUpBenchTenant(db: Db) {
  const [tenant] = await db.insert(tenants).values({ slug: 'bench', name: 'Bench' }).returning();
  if (!tenant) throw new Error('no tenant');
  const college = await createGroup(db, tenant.id, 'College');
  const campus = await createGroup(db, tenant.id, 'Campus', college.id);
  const apprentices = await createGroup(db, tenant.id, 'Apprentices');
  const admin = await insertBenchAdmin(db, tenant.id);
  await db.insert(adminGroupAccess).values(
    [college, apprentices].map((group) => ({
      tenantId: tenant.id,
      adminId: admin.id,
      groupId: group.id,
    })),
  );
  const actor = benchActor(tenant, admin, [college.id, campus.id, apprentices.id]);
  const [programme] = await db
    .insert(programmes)
    .values({ tenantId: tenant.id, name: 'Bench programme', type: 'delivery' })
    .returning();
  if (!programme) throw new Error('no programme');
  await db
    .insert(programmeGroups)
    .values({ tenantId: tenant.id, programmeId: programme.id, groupId: apprentices.id });
  return { tenantId: tenant.id, actor, admin, groups: [campus, apprentices], programme };
}

export type BenchTenant = Awaited<ReturnType<typeof setUpBenchTenant>>;
