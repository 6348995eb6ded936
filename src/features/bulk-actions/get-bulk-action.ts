/**
 * A bulk action's progress and its results so far. Only the administrator who asked sees it
 * (the users in it are theirs to see); anyone else, another tenant included, gets a 404.
 */
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { bulkActionItems, bulkActions } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { notFound } from '../../platform/errors.js';

export async function getBulkAction(db: Db, actor: AdminActor, id: number) {
  const [row] = await db
    .select()
    .from(bulkActions)
    .where(
      and(
        eq(bulkActions.id, id),
        eq(bulkActions.tenantId, actor.tenantId),
        eq(bulkActions.createdBy, actor.userId),
      ),
    );
  if (!row) throw notFound('bulk action');
  const items = await db
    .select()
    .from(bulkActionItems)
    .where(and(eq(bulkActionItems.bulkActionId, id), isNotNull(bulkActionItems.ok)))
    .orderBy(asc(bulkActionItems.userId));
  return {
    id: row.id,
    action: row.action,
    status: row.status,
    done: row.done,
    total: row.total,
    error: row.error,
    results: items.map((item) => ({
      userId: item.userId,
      ok: item.ok === true,
      ...(item.code ? { code: item.code } : {}),
      ...(item.message ? { message: item.message } : {}),
    })),
  };
}
