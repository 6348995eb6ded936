/**
 * DELETE /programmes/{id}: only a programme no learner is on (as programme or target programme,
 * archived learners included, since their records keep it); otherwise 409 programme_in_use.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { programmes } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { draftOf } from './present-programme.js';
import { assertConfigures, manageableProgramme } from './programme-access.js';
import { countLearners } from './programmes.queries.js';

export async function deleteProgramme(
  db: Db,
  actor: AdminActor,
  id: number,
  options: { ip?: string | null } = {},
) {
  assertConfigures(actor);
  await db.transaction(async (tx) => {
    const current = await manageableProgramme(tx, actor, id);
    const learners = (await countLearners(tx, actor.tenantId, [id])).get(id) ?? 0;
    if (learners > 0)
      throw new AppError(
        'programme_in_use',
        `${current.row.name} cannot be deleted: ${learners === 1 ? '1 learner is' : `${learners} learners are`} on it (archived learners count, as their records keep it). Stop offering it on its groups instead, so no new learner gets it.`,
        409,
        { programme: `${learners === 1 ? '1 learner' : `${learners} learners`} on it.` },
      );
    // The offers go with the programme (ON DELETE CASCADE).
    await tx.delete(programmes).where(eq(programmes.id, id));
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'programme_deleted',
      entityType: 'programme',
      entityId: id,
      before: draftOf(current.row, current.groupIds),
      ip: options.ip,
    });
  });
}
