/**
 * Who a group message goes to: every user the administrator can see in the group or its
 * subgroups, archived users and the sender left out, as SQL conditions on `users` (so the
 * recipients are written by one INSERT … SELECT, never listed in memory).
 */
import { and, eq, exists, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { userGroups, users } from '../../db/schema.js';
import { expandSubtrees } from '../../domain/group-tree.js';
import { visibleUsersWhere } from '../../platform/access.js';
import type { AdminActor } from '../../platform/actor.js';
import { loadGroups } from '../groups/groups.queries.js';

export async function groupMembersWhere(db: Db, actor: AdminActor, groupId: number) {
  const wanted = [...expandSubtrees(await loadGroups(db, actor.tenantId), [groupId])];
  const inGroup = exists(
    db
      .select({ one: sql`1` })
      .from(userGroups)
      .where(and(eq(userGroups.userId, users.id), inArray(userGroups.groupId, wanted))),
  );
  return and(
    visibleUsersWhere(db, actor),
    inGroup,
    ne(users.subscriptionStatus, 'Archived'),
    ne(users.id, actor.userId),
  );
}
