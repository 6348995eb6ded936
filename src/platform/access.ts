/**
 * Query scoping in one place: what an actor may see. A record outside the actor's tenant or
 * groups simply is not found.
 */
import { and, eq, exists, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { userGroups, users } from '../db/schema.js';
import type { Actor } from './actor.js';

/** Users the actor can see: same tenant and at least one shared accessible group. */
export function visibleUsersWhere(db: Db, actor: Actor): SQL {
  const tenant = eq(users.tenantId, actor.tenantId);
  if (actor.type !== 'admin') return and(tenant, eq(users.id, actor.userId)) ?? tenant;
  const ids = [...actor.accessibleGroupIds];
  if (ids.length === 0) return sql`false`;
  const shared = db
    .select({ one: sql`1` })
    .from(userGroups)
    .where(and(eq(userGroups.userId, users.id), inArray(userGroups.groupId, ids)));
  return and(tenant, exists(shared)) ?? tenant;
}
