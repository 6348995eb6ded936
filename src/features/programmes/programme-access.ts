/** Loading a programme for a change: found only when the actor may see it, changed only when they may manage it. */
import type { Db } from '../../db/client.js';
import type { AdminActor } from '../../platform/actor.js';
import { assert, forbidden, notFound } from '../../platform/errors.js';
import { loadGroupAccess } from '../groups/group-access.js';
import {
  canConfigureProgrammes,
  canManageProgramme,
  canSeeProgramme,
} from './programmes.policy.js';
import { loadProgramme } from './programmes.queries.js';

export const assertConfigures = (actor: AdminActor) =>
  assert(canConfigureProgrammes(actor), forbidden('Platform support does not manage programmes.'));

/**
 * The programme `id`, locked for the change: 404 when the actor cannot see it, 403 when it is
 * also offered on groups outside their access.
 */
export async function manageableProgramme(tx: Db, actor: AdminActor, id: number) {
  const found = await loadProgramme(tx, actor.tenantId, id, true);
  const { fullAccess } = await loadGroupAccess(tx, actor);
  if (!found || !canSeeProgramme(actor, found.groupIds, fullAccess)) throw notFound('programme');
  assert(
    canManageProgramme(actor, found.groupIds, fullAccess),
    forbidden(
      `${found.row.name} is also offered on groups outside your access: an administrator with access to all of them can change it.`,
    ),
  );
  return { ...found, fullAccess };
}
