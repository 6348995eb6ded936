/**
 * Sends one outbox message. Idempotent: a message already sent is not sent again, and a
 * resend after a crash between sending and marking carries the Message-ID fixed when the
 * message was written, so the receiving side can tell it is the same message. An address or
 * message the receiving server refuses for good is marked refused, not tried again.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { outbox } from '../../db/schema.js';
import { defineJob } from '../jobs/job-definition.js';
import { MailRefused } from './mailer.js';

/** After try n fails, wait MAIL_BACKOFF_MS[n-1]: an SMTP outage of a day loses nothing. */
export const MAIL_BACKOFF_MS = [
  30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000, 28_800_000, 43_200_000,
  86_400_000, 86_400_000,
];

export const sendEmailJob = defineJob({
  name: 'send-email',
  schema: z.object({ outboxId: z.number().int().positive() }),
  maxAttempts: MAIL_BACKOFF_MS.length + 1,
  backoffMs: (attempt) => MAIL_BACKOFF_MS[attempt - 1] ?? 86_400_000,
  // The SMTP timeouts (10 s each step) end a stuck send well before this.
  timeoutMs: 60_000,
  // Without SMTP_URL mail stays in the outbox, its job pending until a worker can send.
  enabled: ({ mailer }) => mailer.enabled,
  async run({ outboxId }, { db, mailer }, job) {
    const [message] = await db.select().from(outbox).where(eq(outbox.id, outboxId));
    if (message?.status !== 'pending') return;
    try {
      await mailer.send({
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody,
        html: message.htmlBody,
        messageId: message.messageId,
      });
    } catch (error) {
      if (!(error instanceof MailRefused)) throw error;
      // A refusal for good ends the job: the row says why, and no try follows.
      await db
        .update(outbox)
        .set({
          status: 'refused',
          attempts: job.attempt,
          nextAttemptAt: null,
          lastError: error.response.slice(0, 500),
        })
        .where(and(eq(outbox.id, outboxId), eq(outbox.status, 'pending')));
      return;
    }
    await db
      .update(outbox)
      .set({
        status: 'sent',
        sentAt: new Date(),
        attempts: job.attempt,
        nextAttemptAt: null,
        lastError: null,
      })
      .where(and(eq(outbox.id, outboxId), eq(outbox.status, 'pending')));
  },
  async onFailure({ outboxId }, { db }, failure) {
    await db
      .update(outbox)
      .set({
        attempts: failure.attempt,
        lastError: failure.error.slice(0, 500),
        nextAttemptAt: failure.retryAt,
        status: failure.retryAt ? 'pending' : 'failed',
      })
      .where(and(eq(outbox.id, outboxId), eq(outbox.status, 'pending')));
  },
});
