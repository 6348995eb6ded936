/**
 * Transactional outbox: a use case writes the email in the same transaction as the change that
 * causes it, with a send-email job beside it; a worker sends afterwards (at least once, never
 * lost: see send-email.job.ts).
 */
import type { Db } from '../../db/client.js';
import { outbox } from '../../db/schema.js';
import { enqueueJob } from '../jobs/job-queue.js';
import { sendEmailJob } from './send-email.job.js';

export interface NewMail {
  tenantId: number;
  userId: number | null;
  to: string;
  subject: string;
  text: string;
  html: string;
}

export async function enqueueMail(tx: Db, mail: NewMail) {
  const [row] = await tx
    .insert(outbox)
    .values({
      tenantId: mail.tenantId,
      userId: mail.userId,
      toAddress: mail.to,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html,
      nextAttemptAt: new Date(),
    })
    .returning({ id: outbox.id });
  if (!row) throw new Error('The email was not written to the outbox.');
  await enqueueJob(tx, sendEmailJob, { outboxId: row.id });
  return row.id;
}
