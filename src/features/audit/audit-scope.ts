/**
 * Who is reading the audit log: their tenant and groups, whether they have full access, the
 * tenant's time zone; and, when they ask about one user, that they can see that user (else 404).
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema.js';
import { visibleUsersWhere } from '../../platform/access.js';
import type { AdminActor } from '../../platform/actor.js';
import { assert, notFound } from '../../platform/errors.js';
import { loadGroupAccess } from '../groups/group-access.js';
import { type AuditScope, loadTimeZone } from './audit.queries.js';
import type { TAuditFilters } from './audit.schema.js';

export async function auditScope(
  db: Db,
  actor: AdminActor,
  filters: Pick<TAuditFilters, 'userId'>,
): Promise<AuditScope> {
  const [access, timeZone, seen] = await Promise.all([
    loadGroupAccess(db, actor),
    loadTimeZone(db, actor.tenantId),
    filters.userId === undefined
      ? [true]
      : db
          .select({ id: users.id })
          .from(users)
          .where(and(eq(users.id, filters.userId), visibleUsersWhere(db, actor))),
  ]);
  assert(seen.length > 0, () => notFound('user'));
  return {
    tenantId: actor.tenantId,
    groupIds: [...actor.accessibleGroupIds],
    fullAccess: access.fullAccess,
    timeZone,
  };
}
