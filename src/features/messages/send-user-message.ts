/**
 * An administrator sends a message to one user they can see (else 404) and manage (else 403):
 * the message, its email in the outbox and the audit entry in one transaction.
 */
import type { Db } from '../../db/client.js';
import { messages } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError, assert, forbidden } from '../../platform/errors.js';
import { findVisibleUser } from '../users/get-user.js';
import { loadGroupLinks } from '../users/present-user.js';
import { canManageUser } from '../users/users.policy.js';
import type { TSendMessageRequest } from './messages.schema.js';
import { organisationName } from './organisation-name.js';
import { writeMessageEmail } from './write-message-email.js';

export async function sendUserMessage(
  db: Db,
  actor: AdminActor,
  userId: number,
  request: TSendMessageRequest,
) {
  return db.transaction(async (tx) => {
    const user = await findVisibleUser(tx, actor, userId);
    const groupIds = ((await loadGroupLinks(tx, [user.id])).get(user.id) ?? []).map((g) => g.id);
    assert(
      canManageUser(actor, { ...user, groupIds }),
      forbidden('You cannot send messages to this user.'),
    );
    if (user.subscriptionStatus === 'Archived')
      throw new AppError('user_archived', 'This user is archived: restore them first.', 409);
    const email = user.email;
    if (!email)
      throw new AppError('email_required', 'Add an email address before sending a message.', 422, {
        email: 'A message needs an email address.',
      });
    const [message] = await tx
      .insert(messages)
      .values({
        tenantId: actor.tenantId,
        sentBy: actor.userId,
        ...request,
        status: 'done',
        total: 1,
        done: 1,
        finishedAt: new Date(),
      })
      .returning();
    if (!message) throw new Error('The message was not written.');
    const organisation = await organisationName(tx, actor.tenantId);
    const outboxId = await writeMessageEmail(tx, message, { ...user, email }, organisation);
    return { messageId: message.id, outboxId };
  });
}
