/** The administrator an import's job acts as, loaded afresh: their groups may have changed. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { tenants, users } from '../../db/schema.js';
import { type AdminActor, isAdmin } from '../../platform/actor.js';
import { AppError } from '../../platform/errors.js';
import { actorColumns, toActor } from '../auth/load-actor.js';

export async function loadImportActor(
  db: Db,
  tenantId: number,
  userId: number,
): Promise<AdminActor> {
  const [row] = await db
    .select(actorColumns)
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(and(eq(users.id, userId), eq(users.tenantId, tenantId)));
  const actor = row ? toActor(row, 'session', null) : null;
  if (!actor || !isAdmin(actor) || row?.status === 'Archived')
    throw new AppError(
      'forbidden',
      'The administrator of this import can no longer import learners.',
      403,
    );
  return actor;
}
