/**
 * Writes one recipient's email of a message to the outbox, fills in their placeholders, marks
 * the recipient done and audits it on the user, all in the caller's transaction.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { messageRecipients, type messages, type users } from '../../db/schema.js';
import { renderTemplate } from '../../domain/email-template.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { recordAudit } from '../audit/record-audit.js';

type Message = Pick<
  typeof messages.$inferSelect,
  'id' | 'tenantId' | 'sentBy' | 'groupId' | 'subject' | 'body'
>;
type Recipient = Pick<typeof users.$inferSelect, 'id' | 'firstName' | 'surname'> & {
  email: string;
};

export async function writeMessageEmail(
  tx: Db,
  message: Message,
  user: Recipient,
  organisationName: string,
) {
  const mail = renderTemplate(message, {
    firstName: user.firstName,
    surname: user.surname,
    organisationName,
  });
  const outboxId = await enqueueMail(tx, {
    tenantId: message.tenantId,
    userId: user.id,
    to: user.email,
    ...mail,
  });
  await tx
    .insert(messageRecipients)
    .values({ tenantId: message.tenantId, messageId: message.id, userId: user.id, outboxId })
    .onConflictDoUpdate({
      target: [messageRecipients.messageId, messageRecipients.userId],
      set: { outboxId: sql`excluded.outbox_id` },
    });
  await recordAudit(tx, {
    tenantId: message.tenantId,
    actorId: message.sentBy,
    action: 'message_sent',
    entityType: 'user',
    entityId: user.id,
    after: { messageId: message.id, outboxId, groupId: message.groupId, subject: mail.subject },
  });
  return outboxId;
}
