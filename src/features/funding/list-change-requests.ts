/** The change requests raised for a learner the caller can see, newest first. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { changeRequests, users } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { findVisibleUser } from '../users/get-user.js';
import type { TChangeRequest } from './funding.schema.js';

type ChangeRequestRow = typeof changeRequests.$inferSelect;

/** What of a change request leaves the server. */
export function presentChangeRequest(
  row: ChangeRequestRow,
  requestedBy: { id: number; name: string } | null,
): TChangeRequest {
  const requested: Record<string, string | null> = {};
  for (const [field, value] of Object.entries(row.requested))
    requested[field] = typeof value === 'string' ? value : null;
  return {
    id: row.id,
    learnerId: row.learnerId,
    status: row.status,
    requested,
    note: row.note,
    requestedBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Lists a learner's change requests. */
export async function listChangeRequests(db: Db, actor: AdminActor, learnerId: number) {
  const user = await findVisibleUser(db, actor, learnerId);
  const rows = await db
    .select({ request: changeRequests, firstName: users.firstName, surname: users.surname })
    .from(changeRequests)
    .leftJoin(users, eq(users.id, changeRequests.requestedBy))
    .where(and(eq(changeRequests.tenantId, actor.tenantId), eq(changeRequests.learnerId, user.id)))
    .orderBy(desc(changeRequests.id))
    .limit(200);
  return {
    items: rows.map(({ request, firstName, surname }) =>
      presentChangeRequest(
        request,
        request.requestedBy === null
          ? null
          : { id: request.requestedBy, name: `${firstName ?? ''} ${surname ?? ''}`.trim() },
      ),
    ),
  };
}
