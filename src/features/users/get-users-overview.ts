/** The Users overview tile: how many visible users are in each subscription status. */
import { and, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { SUBSCRIPTION_STATUSES, users } from '../../db/schema.js';
import { visibleUsersWhere } from '../../platform/access.js';
import type { AdminActor } from '../../platform/actor.js';
import { inGroupsWhere } from './list-users.js';

export async function getUsersOverview(db: Db, actor: AdminActor, groupIds: number[] | undefined) {
  const inGroups = await inGroupsWhere(db, actor.tenantId, groupIds);
  const rows = await db
    .select({ status: users.subscriptionStatus, type: users.type, n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(visibleUsersWhere(db, actor), inGroups))
    .groupBy(users.subscriptionStatus, users.type);
  const byStatus = Object.fromEntries(SUBSCRIPTION_STATUSES.map((status) => [status, 0])) as Record<
    (typeof SUBSCRIPTION_STATUSES)[number],
    number
  >;
  const byType = { learner: 0, employer: 0, admin: 0 };
  for (const row of rows) {
    byStatus[row.status] += row.n;
    // By type counts what the Users grid lists by default: archived users left out.
    if (row.status !== 'Archived') byType[row.type] += row.n;
  }
  return {
    activeUsers: byStatus.FullUser,
    invitedUsers: byStatus.Invited,
    expiredUsers: byStatus.Expired,
    byStatus,
    byType,
  };
}
