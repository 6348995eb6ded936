/**
 * Archives an organisation, or brings an archived one back. An archived organisation leaves the
 * pickers of the learner form but stays on every learner that already has it; nothing is
 * deleted, so a learner's history keeps its employer, provider and referrer.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisations } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { assert, forbidden, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { canManageOrganisations } from './organisations.policy.js';
import { findOrganisation, presentOrganisation } from './organisations.queries.js';

/** Archives (`archived` true) or restores; doing it twice answers the record unchanged. */
export async function setOrganisationArchived(
  db: Db,
  actor: AdminActor,
  id: number,
  archived: boolean,
  options: { ip?: string | null } = {},
) {
  assert(
    canManageOrganisations(actor),
    forbidden('Only administrators can archive organisations.'),
  );
  return db.transaction(async (tx) => {
    const current = await findOrganisation(tx, actor.tenantId, id);
    assert(current, notFound('organisation'));
    if ((current.archivedAt !== null) === archived) return presentOrganisation(current);
    const [saved] = await tx
      .update(organisations)
      .set({
        archivedAt: archived ? new Date() : null,
        version: sql`${organisations.version} + 1`,
      })
      .where(and(eq(organisations.tenantId, actor.tenantId), eq(organisations.id, id)))
      .returning();
    assert(saved, notFound('organisation'));
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: archived ? 'organisation_record_archived' : 'organisation_record_restored',
      entityType: 'organisation',
      entityId: id,
      ip: options.ip,
    });
    return presentOrganisation(saved);
  });
}
