/**
 * An administrator sends a message to a group they can access (else 404): the message, one
 * row a recipient (written by the database from the group's members) and its job, in one
 * transaction; the job writes each recipient's email (run-group-message.ts).
 */
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { messageRecipients, messages, users } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError, assert, forbidden, notFound } from '../../platform/errors.js';
import { enqueueJob } from '../../platform/jobs/job-queue.js';
import { recordAudit } from '../audit/record-audit.js';
import { groupMembersWhere } from './group-recipients.js';
import type { TSendMessageRequest } from './messages.schema.js';
import { sendGroupMessageJob } from './send-group-message.job.js';

export async function sendGroupMessage(
  db: Db,
  actor: AdminActor,
  groupId: number,
  request: TSendMessageRequest,
  ip: string | null,
) {
  if (!actor.accessibleGroupIds.has(groupId)) throw notFound('group');
  assert(actor.adminRole !== 'support', forbidden('Platform support does not send messages.'));
  const members = await groupMembersWhere(db, actor, groupId);
  return db.transaction(async (tx) => {
    const [message] = await tx
      .insert(messages)
      .values({ tenantId: actor.tenantId, sentBy: actor.userId, groupId, ...request, total: 0 })
      .returning({ id: messages.id });
    if (!message) throw new Error('The message was not written.');
    const written = await tx
      .insert(messageRecipients)
      .select(
        tx
          .select({
            tenantId: sql<number>`${actor.tenantId}`.as('tenant_id'),
            messageId: sql<number>`${message.id}`.as('message_id'),
            userId: users.id,
            outboxId: sql<number | null>`null::integer`.as('outbox_id'),
            skipped: sql<string | null>`null::text`.as('skipped'),
          })
          .from(users)
          .where(and(members, isNotNull(users.email))),
      )
      .returning({ userId: messageRecipients.userId });
    const [left] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(users)
      .where(and(members, isNull(users.email)));
    const withoutEmail = left?.count ?? 0;
    if (written.length === 0)
      throw new AppError(
        'validation_failed',
        withoutEmail
          ? 'No one in this group has an email address.'
          : 'There is no one in this group to send to.',
        422,
        { groupId: 'Choose a group with users who have an email address.' },
      );
    await tx.update(messages).set({ total: written.length }).where(eq(messages.id, message.id));
    await enqueueJob(tx, sendGroupMessageJob, { messageId: message.id, tenantId: actor.tenantId });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'group_message_sent',
      entityType: 'group',
      entityId: groupId,
      after: {
        messageId: message.id,
        subject: request.subject,
        recipients: written.length,
        withoutEmail,
      },
      ip,
    });
    return { id: message.id, recipients: written.length, withoutEmail };
  });
}
