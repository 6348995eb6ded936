/** SQL for self-registration: the tenant behind a public link, and the learner it creates. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groups, tenants, userGroups, users } from '../../db/schema.js';

export async function findTenantBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({ id: tenants.id, slug: tenants.slug, name: tenants.name })
    .from(tenants)
    .where(eq(tenants.slug, slug.toLowerCase()));
  return row ?? null;
}

export async function insertSelfRegisteredLearner(
  tx: Db,
  learner: {
    tenantId: number;
    email: string;
    firstName: string;
    surname: string;
    passwordHash: string;
    now: Date;
  },
) {
  const [row] = await tx
    .insert(users)
    .values({
      tenantId: learner.tenantId,
      type: 'learner',
      username: learner.email,
      email: learner.email,
      firstName: learner.firstName,
      surname: learner.surname,
      subscriptionStatus: 'FullUser',
      passwordHash: learner.passwordHash,
      activatedAt: learner.now,
      createdAt: learner.now,
      updatedAt: learner.now,
    })
    .returning();
  if (!row) throw new Error('learner insert returned nothing');
  return row;
}

/** Puts a learner into groups (one per root hierarchy, which the code's groups already are). */
export async function addLearnerToGroups(
  tx: Db,
  tenantId: number,
  userId: number,
  groupIds: number[],
) {
  const rows = await tx
    .select({ id: groups.id, rootId: groups.rootId })
    .from(groups)
    .where(and(eq(groups.tenantId, tenantId), inArray(groups.id, groupIds)));
  if (rows.length === 0) return [];
  await tx.insert(userGroups).values(
    rows.map((group) => ({
      tenantId,
      userId,
      groupId: group.id,
      rootId: group.rootId,
      exclusive: true,
    })),
  );
  return rows.map((group) => group.id).sort((a, b) => a - b);
}
