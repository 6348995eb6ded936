/** A learner's contacts list: each contact with its organisation, in the order they were added. */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { learnerContacts, organisationContacts, organisations } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { findVisibleUser } from './get-user.js';
import type { TLearnerContact } from './users.schema.js';

/** The contacts of a user the administrator can see ("not found" otherwise). */
export async function listLearnerContacts(
  db: Db,
  actor: AdminActor,
  userId: number,
): Promise<{ items: TLearnerContact[] }> {
  const user = await findVisibleUser(db, actor, userId);
  const rows = await db
    .select({
      id: organisationContacts.id,
      name: organisationContacts.name,
      email: organisationContacts.email,
      phone: organisationContacts.phone,
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationType: organisations.type,
      addedAt: learnerContacts.addedAt,
    })
    .from(learnerContacts)
    .innerJoin(organisationContacts, eq(organisationContacts.id, learnerContacts.contactId))
    .innerJoin(organisations, eq(organisations.id, organisationContacts.organisationId))
    .where(
      and(eq(learnerContacts.tenantId, actor.tenantId), eq(learnerContacts.learnerId, user.id)),
    )
    .orderBy(asc(learnerContacts.addedAt), asc(learnerContacts.id));
  return {
    items: rows.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      phone: row.phone,
      organisation: {
        id: row.organisationId,
        name: row.organisationName,
        type: row.organisationType,
      },
      addedAt: row.addedAt.toISOString(),
    })),
  };
}
