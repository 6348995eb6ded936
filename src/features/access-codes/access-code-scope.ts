/** The scope of a grid or export request: visible groups (after the group filter) and time zone. */
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/actor.js';
import { loadGroups } from '../groups/groups.queries.js';
import { visibleCodeGroupIds } from './access-codes.policy.js';
import { type AccessCodeScope, loadTenantTimeZone } from './access-codes.queries.js';

export async function accessCodeScope(
  db: Db,
  actor: Actor,
  groupFilter: number[] | undefined,
  now: Date,
): Promise<AccessCodeScope> {
  const [groups, timeZone] = await Promise.all([
    groupFilter?.length ? loadGroups(db, actor.tenantId) : [],
    loadTenantTimeZone(db, actor.tenantId),
  ]);
  return {
    tenantId: actor.tenantId,
    groupIds: visibleCodeGroupIds(actor, groups, groupFilter),
    timeZone,
    now,
  };
}
