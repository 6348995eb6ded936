/**
 * The emails sent (or waiting) to a user the administrator can see, newest first: the text as
 * sent with the secrets of its links removed, who wrote it, and how delivery went.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { messageRecipients, messages, outbox, users } from '../../db/schema.js';
import { redactLinks } from '../../domain/redact-links.js';
import type { Actor } from '../../platform/actor.js';
import { findVisibleUser } from '../users/get-user.js';

export async function listCommunications(db: Db, actor: Actor, userId: number) {
  const user = await findVisibleUser(db, actor, userId);
  const rows = await db
    .select({
      mail: outbox,
      senderId: users.id,
      senderName: sql<string | null>`${users.firstName} || ' ' || ${users.surname}`,
    })
    .from(outbox)
    .leftJoin(messageRecipients, eq(messageRecipients.outboxId, outbox.id))
    .leftJoin(messages, eq(messages.id, messageRecipients.messageId))
    .leftJoin(users, eq(users.id, messages.sentBy))
    .where(and(eq(outbox.tenantId, actor.tenantId), eq(outbox.userId, user.id)))
    .orderBy(desc(outbox.id))
    .limit(200);
  return {
    items: rows.map(({ mail, senderId, senderName }) => ({
      id: mail.id,
      subject: mail.subject,
      toAddress: mail.toAddress,
      body: redactLinks(mail.textBody),
      sentBy: senderId && senderName ? { id: senderId, name: senderName } : null,
      status: mail.status,
      createdAt: mail.createdAt.toISOString(),
      sentAt: mail.sentAt?.toISOString() ?? null,
      attempts: mail.attempts,
      nextAttemptAt: mail.nextAttemptAt?.toISOString() ?? null,
      lastError: mail.lastError,
    })),
  };
}
