/** The change requests raised for a learner the caller can see, newest first, with outcomes. */
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import { changeRequests, users } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { findVisibleUser } from '../users/get-user.js';
import type { TChangeRequest } from './funding.schema.js';

type ChangeRequestRow = typeof changeRequests.$inferSelect;
type Person = { id: number; name: string } | null;

/** What of a change request leaves the server. */
export function presentChangeRequest(
  row: ChangeRequestRow,
  requestedBy: Person,
  decidedBy: Person = null,
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
    decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    rejectionReason: row.rejectionReason,
  };
}

const decider = alias(users, 'decider');

const person = (id: number | null, firstName: string | null, surname: string | null): Person =>
  id === null ? null : { id, name: `${firstName ?? ''} ${surname ?? ''}`.trim() };

async function selectRequests(db: Db, where: SQL | undefined) {
  const rows = await db
    .select({
      request: changeRequests,
      firstName: users.firstName,
      surname: users.surname,
      deciderFirstName: decider.firstName,
      deciderSurname: decider.surname,
    })
    .from(changeRequests)
    .leftJoin(users, eq(users.id, changeRequests.requestedBy))
    .leftJoin(decider, eq(decider.id, changeRequests.decidedBy))
    .where(where)
    .orderBy(desc(changeRequests.id))
    .limit(200);
  return rows.map((r) =>
    presentChangeRequest(
      r.request,
      person(r.request.requestedBy, r.firstName, r.surname),
      person(r.request.decidedBy, r.deciderFirstName, r.deciderSurname),
    ),
  );
}

/** One change request as presented, by id (the caller has checked it may see it). */
export async function changeRequestById(db: Db, id: number) {
  const [found] = await selectRequests(db, eq(changeRequests.id, id));
  if (!found) throw new Error(`change request ${id} vanished`);
  return found;
}

/** Lists a learner's change requests. */
export async function listChangeRequests(db: Db, actor: AdminActor, learnerId: number) {
  const user = await findVisibleUser(db, actor, learnerId);
  return {
    items: await selectRequests(
      db,
      and(eq(changeRequests.tenantId, actor.tenantId), eq(changeRequests.learnerId, user.id)),
    ),
  };
}
