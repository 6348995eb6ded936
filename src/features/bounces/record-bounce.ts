/**
 * Marks a sent email as returned undelivered, with the receiving server's reason, and audits it
 * on the person's record. The Message-ID was fixed by Roster before sending and is unguessable,
 * so a report can only name a message that was really sent; when the report names the
 * recipient too, it must be the address the email went to.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { outbox } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { DeliveryFailure } from './read-delivery-report.js';

/** True when the failure matched a sent email (now marked bounced); false when it did not. */
export async function recordBounce(db: Db, failure: DeliveryFailure) {
  return db.transaction(async (tx) => {
    const [bounced] = await tx
      .update(outbox)
      .set({ status: 'bounced', lastError: failure.reason || 'Returned undelivered' })
      .where(
        and(
          eq(outbox.messageId, failure.messageId),
          eq(outbox.status, 'sent'),
          failure.recipient === null
            ? undefined
            : sql`lower(${outbox.toAddress}) = ${failure.recipient.toLowerCase()}`,
        ),
      )
      .returning({ id: outbox.id, tenantId: outbox.tenantId, userId: outbox.userId });
    if (!bounced) return false;
    await recordAudit(tx, {
      tenantId: bounced.tenantId,
      actorId: null,
      action: 'email_bounced',
      entityType: 'user',
      entityId: bounced.userId,
      after: { outboxId: bounced.id, reason: failure.reason },
    });
    return true;
  });
}
