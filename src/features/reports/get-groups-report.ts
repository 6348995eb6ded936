/**
 * Groups report: for each group the administrator can access, how many visible users are in it
 * or below it, by subscription status, counted in one query. A user counts once in a group
 * however many of its subgroups hold them, which is what the Users grid filtered by that group
 * lists.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { SUBSCRIPTION_STATUSES, userGroups, users } from '../../db/schema.js';
import { expandSubtrees, type GroupNode } from '../../domain/group-tree.js';
import type { TSubscriptionStatus } from '../../domain/subscription.js';
import { visibleUsersWhere } from '../../platform/access.js';
import type { AdminActor } from '../../platform/actor.js';
import { loadGroups } from '../groups/groups.queries.js';
import { inGroupsWhere } from '../users/list-users.js';

type StatusCounts = Record<TSubscriptionStatus, number>;
const noCounts = (): StatusCounts =>
  Object.fromEntries(SUBSCRIPTION_STATUSES.map((status) => [status, 0])) as StatusCounts;

/** Each group with the groups above it, itself included. */
function ancestorsOf(groups: readonly GroupNode[]) {
  const byId = new Map(groups.map((group) => [group.id, group]));
  const result = new Map<number, number[]>();
  for (const group of groups) {
    const line: number[] = [];
    for (let at: GroupNode | undefined = group; at && !line.includes(at.id); ) {
      line.push(at.id);
      at = at.parentId === null ? undefined : byId.get(at.parentId);
    }
    result.set(group.id, line);
  }
  return result;
}

/** "College › Maths": the group named with its parents. */
function pathOf(groupId: number, ancestors: Map<number, number[]>, names: Map<number, string>) {
  return (ancestors.get(groupId) ?? [groupId])
    .map((id) => names.get(id) ?? '')
    .reverse()
    .join(' › ');
}

export async function getGroupsReport(db: Db, actor: AdminActor, groupIds: number[] | undefined) {
  const groups = await loadGroups(db, actor.tenantId);
  const chosen = groupIds?.length ? expandSubtrees(groups, groupIds) : null;
  const shown = groups.filter(
    (group) => actor.accessibleGroupIds.has(group.id) && (!chosen || chosen.has(group.id)),
  );
  const ancestors = ancestorsOf(groups);
  const names = new Map(groups.map((group) => [group.id, group.name]));
  if (shown.length === 0) return { items: [] };
  // Each shown group with every group of its subtree: a user in any of them counts once for it.
  // Ids are integers read from the database, written inline so no tree nears the parameter limit.
  const pairs = shown.flatMap((group) =>
    [...expandSubtrees(groups, [group.id])].map((below) =>
      sql.raw(`(${Math.trunc(group.id)}, ${Math.trunc(below)})`),
    ),
  );
  const rows = await db
    .select({
      groupId: sql<number>`covers.group_id`,
      status: users.subscriptionStatus,
      n: sql<number>`count(distinct ${users.id})::int`,
    })
    .from(users)
    .innerJoin(userGroups, eq(userGroups.userId, users.id))
    .innerJoin(
      sql`(values ${sql.join(pairs, sql`, `)}) as covers(group_id, member_group_id)`,
      sql`covers.member_group_id = ${userGroups.groupId}`,
    )
    .where(and(visibleUsersWhere(db, actor), await inGroupsWhere(db, actor.tenantId, groupIds)))
    .groupBy(sql`covers.group_id`, users.subscriptionStatus);
  const counts = new Map<number, StatusCounts>(shown.map((group) => [group.id, noCounts()]));
  for (const row of rows) {
    const tally = counts.get(row.groupId);
    if (tally) tally[row.status] += row.n;
  }
  const items = shown.map((group) => {
    const byStatus = counts.get(group.id) ?? noCounts();
    return {
      groupId: group.id,
      name: group.name,
      path: pathOf(group.id, ancestors, names),
      byStatus,
      total: SUBSCRIPTION_STATUSES.reduce(
        (sum, status) => (status === 'Archived' ? sum : sum + byStatus[status]),
        0,
      ),
    };
  });
  items.sort((a, b) => a.path.localeCompare(b.path, 'en-GB', { sensitivity: 'base' }));
  return { items };
}
