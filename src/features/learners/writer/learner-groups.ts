/** Writes a learner's group links: one row per group, exclusive (one per root hierarchy). */
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { groups, userGroups } from '../../../db/schema.js';

/**
 * Makes the learner's groups exactly `groupIds` (already checked by the group rules). Links to
 * drop go first, so moving within a root hierarchy never meets the one-per-root index.
 */
export async function saveLearnerGroups(
  tx: Db,
  tenantId: number,
  userId: number,
  groupIds: readonly number[],
) {
  const wanted = [...groupIds];
  const stale = wanted.length ? notInArray(userGroups.groupId, wanted) : undefined;
  await tx.delete(userGroups).where(and(eq(userGroups.userId, userId), stale));
  if (wanted.length === 0) return;
  const held = await tx
    .select({ groupId: userGroups.groupId })
    .from(userGroups)
    .where(eq(userGroups.userId, userId));
  const missing = wanted.filter((id) => !held.some((row) => row.groupId === id));
  if (missing.length === 0) return;
  const rows = await tx
    .select({ id: groups.id, rootId: groups.rootId })
    .from(groups)
    .where(and(eq(groups.tenantId, tenantId), inArray(groups.id, missing)));
  await tx.insert(userGroups).values(
    rows.map((group) => ({
      tenantId,
      userId,
      groupId: group.id,
      rootId: group.rootId,
      exclusive: true,
    })),
  );
}
