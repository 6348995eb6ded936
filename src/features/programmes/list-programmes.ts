/** GET /programmes: the programmes the administrator can see, by name, optionally by group and type. */
import type { Db } from '../../db/client.js';
import type { AdminActor } from '../../platform/actor.js';
import { loadGroupAccess } from '../groups/group-access.js';
import { presentProgramme } from './present-programme.js';
import { loadProgrammeOffers, programmesOffered } from './programme-offers.js';
import { canSeeProgramme } from './programmes.policy.js';
import { countLearners } from './programmes.queries.js';
import type { TProgramme } from './programmes.schema.js';

export async function listProgrammes(
  db: Db,
  actor: AdminActor,
  query: { groupId?: number[]; type?: 'application' | 'delivery' },
): Promise<{ items: TProgramme[] }> {
  const offers = await loadProgrammeOffers(db, actor.tenantId);
  const { fullAccess } = await loadGroupAccess(db, actor);
  const rows = programmesOffered(
    offers,
    query.groupId?.length ? query.groupId : undefined,
    query.type ? [query.type] : ['application', 'delivery'],
  ).filter((row) => canSeeProgramme(actor, [...(offers.get(row.id)?.groupIds ?? [])], fullAccess));
  const counts = await countLearners(
    db,
    actor.tenantId,
    rows.map((row) => row.id),
  );
  return {
    items: rows.map((row) =>
      presentProgramme(
        actor,
        row,
        [...(offers.get(row.id)?.groupIds ?? [])].sort((a, b) => a - b),
        {
          learnerCount: counts.get(row.id) ?? 0,
          fullAccess,
        },
      ),
    ),
  };
}
