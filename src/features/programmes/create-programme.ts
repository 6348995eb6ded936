/** POST /programmes: a new programme, offered on groups within the administrator's access. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { programmes } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { invalid } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadGroupAccess } from '../groups/group-access.js';
import { checkProgramme } from './check-programme.js';
import { presentProgramme } from './present-programme.js';
import { assertConfigures } from './programme-access.js';
import { programmeNamed, replaceOffers } from './programmes.queries.js';
import type { TCreateProgrammeRequest, TProgramme } from './programmes.schema.js';

export const nameTaken = (name: string) =>
  invalid({ name: `A programme called '${name}' already exists.` });

/** Creates the programme and its offers, audited. */
export async function createProgramme(
  db: Db,
  actor: AdminActor,
  request: TCreateProgrammeRequest,
  options: { ip?: string | null } = {},
): Promise<TProgramme> {
  assertConfigures(actor);
  const draft = checkProgramme(actor, request, null);
  return db.transaction(async (tx) => {
    if (await programmeNamed(tx, actor.tenantId, draft.name)) throw nameTaken(draft.name);
    const { groupIds, ...columns } = draft;
    const [row] = await tx
      .insert(programmes)
      .values({ tenantId: actor.tenantId, ...columns })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await replaceOffers(tx, actor.tenantId, row.id, groupIds);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'programme_created',
      entityType: 'programme',
      entityId: row.id,
      after: draft,
      ip: options.ip,
    });
    const [saved] = await tx.select().from(programmes).where(eq(programmes.id, row.id));
    const { fullAccess } = await loadGroupAccess(tx, actor);
    return presentProgramme(actor, saved ?? row, groupIds, { learnerCount: 0, fullAccess });
  });
}
