/**
 * The administrator a background job (an import, a bulk action) acts as, loaded afresh when it
 * runs: their groups may have changed, and one archived since may act no more.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { tenants, users } from '../../db/schema.js';
import { type AdminActor, isAdmin } from '../../platform/actor.js';
import { AppError } from '../../platform/errors.js';
import { actorColumns, toActor } from './load-actor.js';

export async function loadJobActor(
  db: Db,
  tenantId: number,
  userId: number,
  refusal = 'The administrator who started this can no longer act in this tenant.',
): Promise<AdminActor> {
  const [row] = await db
    .select(actorColumns)
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(and(eq(users.id, userId), eq(users.tenantId, tenantId)));
  const actor = row ? toActor(row, 'session', null) : null;
  if (!actor || !isAdmin(actor) || row?.status === 'Archived')
    throw new AppError('forbidden', refusal, 403);
  return actor;
}
