/**
 * A message's progress. Only the administrator who sent it sees it; anyone else, another
 * tenant included, gets a 404.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { messages } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { notFound } from '../../platform/errors.js';

export async function getMessage(db: Db, actor: AdminActor, id: number) {
  const [row] = await db
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.id, id),
        eq(messages.tenantId, actor.tenantId),
        eq(messages.sentBy, actor.userId),
      ),
    );
  if (!row) throw notFound('message');
  return {
    id: row.id,
    groupId: row.groupId,
    subject: row.subject,
    status: row.status,
    total: row.total,
    done: row.done,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
