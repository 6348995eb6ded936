/**
 * Edits an organisation's name, UKPRN and Main Aim Registration Number at the version the
 * administrator read. A new UKPRN on a learning provider goes onto the open funding episodes
 * of its learners, as choosing the provider on a learner does.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisations } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { assert, forbidden, invalid, notFound, versionConflict } from '../../platform/errors.js';
import { diff, recordAudit } from '../audit/record-audit.js';
import { setProviderUkprnOnEpisodes } from '../funding/episode-ukprn.js';
import { checkOrganisationFields } from './check-organisation.js';
import { canManageOrganisations } from './organisations.policy.js';
import { findOrganisation, presentOrganisation } from './organisations.queries.js';
import type { TUpdateOrganisationRequest } from './organisations.schema.js';

/** Answers the organisation as saved; 409 when `version` is not the stored one. */
export async function updateOrganisation(
  db: Db,
  actor: AdminActor,
  id: number,
  input: TUpdateOrganisationRequest,
  options: { ip?: string | null } = {},
) {
  assert(canManageOrganisations(actor), forbidden('Only administrators can edit organisations.'));
  return db.transaction(async (tx) => {
    const current = await findOrganisation(tx, actor.tenantId, id);
    assert(current, notFound('organisation'));
    const errors: Record<string, string> = {};
    const fields = checkOrganisationFields(current.type, input, errors);
    if (Object.keys(errors).length > 0) throw invalid(errors);
    const change = diff(
      {
        name: current.name,
        ukprn: current.ukprn,
        mainAimRegistrationNumber: current.mainAimRegistrationNumber,
      },
      fields,
    );
    assert(current.version === input.version, versionConflict('organisation'));
    if (!change.changed) return presentOrganisation(current);
    const [saved] = await tx
      .update(organisations)
      .set({ ...fields, version: sql`${organisations.version} + 1` })
      .where(
        and(
          eq(organisations.tenantId, actor.tenantId),
          eq(organisations.id, id),
          eq(organisations.version, input.version),
        ),
      )
      .returning();
    assert(saved, versionConflict('organisation'));
    if ('ukprn' in change.after) await setProviderUkprnOnEpisodes(tx, actor.tenantId, id);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'organisation_record_updated',
      entityType: 'organisation',
      entityId: id,
      before: change.before,
      after: change.after,
      ip: options.ip,
    });
    return presentOrganisation(saved);
  });
}
