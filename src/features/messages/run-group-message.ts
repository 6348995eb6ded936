/**
 * Writes a group message's emails, from where it stopped: recipients without an email or a
 * reason, a chunk a transaction (the emails, the recipients marked, the progress together), so
 * a crash or a timeout never writes anyone's twice and never loses one. The sender is loaded
 * afresh: a recipient they can no longer see, archived since, or without an address now, is skipped.
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { messageRecipients, messages, users } from '../../db/schema.js';
import { visibleUsersWhere } from '../../platform/access.js';
import { loadJobActor } from '../auth/load-job-actor.js';
import { organisationName } from './organisation-name.js';
import { writeMessageEmail } from './write-message-email.js';

const CHUNK = 100;

export async function runGroupMessage(
  db: Db,
  tenantId: number,
  messageId: number,
  signal?: Pick<AbortSignal, 'aborted'>,
) {
  const [message] = await db
    .update(messages)
    .set({ status: 'running' })
    .where(
      and(
        eq(messages.id, messageId),
        eq(messages.tenantId, tenantId),
        inArray(messages.status, ['pending', 'running']),
      ),
    )
    .returning();
  if (!message) return;
  const actor = await loadJobActor(db, tenantId, message.sentBy);
  const organisation = await organisationName(db, tenantId);
  for (;;) {
    if (signal?.aborted) throw new Error('Stopped before the end; the next try goes on.');
    const pending = await db
      .select({ userId: messageRecipients.userId })
      .from(messageRecipients)
      .where(
        and(
          eq(messageRecipients.messageId, messageId),
          isNull(messageRecipients.outboxId),
          isNull(messageRecipients.skipped),
        ),
      )
      .orderBy(asc(messageRecipients.userId))
      .limit(CHUNK);
    if (pending.length === 0) break;
    await db.transaction(async (tx) => {
      const ids = pending.map((row) => row.userId);
      const rows = await tx
        .select()
        .from(users)
        .where(and(inArray(users.id, ids), visibleUsersWhere(tx, actor)));
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const userId of ids) {
        const user = byId.get(userId);
        const skipped = !user
          ? 'not_visible'
          : user.subscriptionStatus === 'Archived'
            ? 'archived'
            : !user.email
              ? 'no_email'
              : null;
        if (user?.email && !skipped)
          await writeMessageEmail(tx, message, { ...user, email: user.email }, organisation);
        else
          await tx
            .update(messageRecipients)
            .set({ skipped })
            .where(
              and(eq(messageRecipients.messageId, messageId), eq(messageRecipients.userId, userId)),
            );
      }
      await tx
        .update(messages)
        .set({ done: sql`${messages.done} + ${ids.length}` })
        .where(eq(messages.id, messageId));
    });
  }
  await db
    .update(messages)
    .set({ status: 'done', finishedAt: new Date() })
    .where(eq(messages.id, messageId));
}
