/**
 * PATCH /programmes/{id}: change a programme the administrator may manage (send `version`).
 * A new reference template numbers learners who get the programme from now on; numbers already
 * given, or typed, stay (rules/reference-number.ts). The type cannot change while learners are
 * on the programme, since a target programme must stay a delivery one.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { programmes } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { invalid, versionConflict } from '../../platform/errors.js';
import { diff, recordAudit } from '../audit/record-audit.js';
import { checkProgramme } from './check-programme.js';
import { nameTaken } from './create-programme.js';
import { draftOf, presentProgramme } from './present-programme.js';
import { assertConfigures, manageableProgramme } from './programme-access.js';
import { countLearners, programmeNamed, replaceOffers } from './programmes.queries.js';
import type { TProgramme, TUpdateProgrammeRequest } from './programmes.schema.js';

export async function updateProgramme(
  db: Db,
  actor: AdminActor,
  id: number,
  request: TUpdateProgrammeRequest,
  options: { ip?: string | null } = {},
): Promise<TProgramme> {
  assertConfigures(actor);
  return db.transaction(async (tx) => {
    const current = await manageableProgramme(tx, actor, id);
    const before = draftOf(current.row, current.groupIds);
    const draft = checkProgramme(actor, request, before);
    const learnerCount = (await countLearners(tx, actor.tenantId, [id])).get(id) ?? 0;
    if (draft.type !== before.type && learnerCount > 0)
      throw invalid({
        type: `The type cannot change while learners are on the programme (${learnerCount}).`,
      });
    if (
      draft.name.toLowerCase() !== before.name.toLowerCase() &&
      (await programmeNamed(tx, actor.tenantId, draft.name, id))
    )
      throw nameTaken(draft.name);
    const { groupIds, ...columns } = draft;
    const [saved] = await tx
      .update(programmes)
      .set({ ...columns, version: sql`${programmes.version} + 1` })
      .where(
        and(
          eq(programmes.tenantId, actor.tenantId),
          eq(programmes.id, id),
          eq(programmes.version, request.version),
        ),
      )
      .returning();
    if (!saved) throw versionConflict('programme');
    await replaceOffers(tx, actor.tenantId, id, groupIds);
    const changes = diff(before, draft);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'programme_updated',
      entityType: 'programme',
      entityId: id,
      before: changes.before,
      after: changes.after,
      ip: options.ip,
    });
    return presentProgramme(
      actor,
      saved,
      [...groupIds].sort((a, b) => a - b),
      {
        learnerCount,
        fullAccess: current.fullAccess,
      },
    );
  });
}
