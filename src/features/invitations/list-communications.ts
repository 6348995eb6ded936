/** The emails sent (or waiting) to a user the administrator can see, newest first. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { outbox } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { findVisibleUser } from '../users/get-user.js';

export async function listCommunications(db: Db, actor: Actor, userId: number) {
  const user = await findVisibleUser(db, actor, userId);
  const rows = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.tenantId, actor.tenantId), eq(outbox.userId, user.id)))
    .orderBy(desc(outbox.id))
    .limit(200);
  return {
    items: rows.map((row) => ({
      id: row.id,
      subject: row.subject,
      toAddress: row.toAddress,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
      attempts: row.attempts,
      nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
      lastError: row.lastError,
    })),
  };
}
