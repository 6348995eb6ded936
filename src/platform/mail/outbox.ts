/**
 * Transactional outbox: a use case writes the email in the same transaction as the change that
 * causes it; `deliverPending` sends afterwards. A crash between sending and marking sends again
 * (at least once), never loses a message.
 */
import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { outbox } from '../../db/schema.js';
import type { Mailer } from './mailer.js';

const MAX_ATTEMPTS = 5;

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
    })
    .returning({ id: outbox.id });
  return row?.id;
}

/** Sends up to `limit` pending messages; returns how many were sent. */
export async function deliverPending(db: Db, mailer: Mailer, limit = 50) {
  if (!mailer.enabled) return 0;
  const pending = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.status, 'pending'), lt(outbox.attempts, MAX_ATTEMPTS)))
    .orderBy(asc(outbox.id))
    .limit(limit);
  let sent = 0;
  for (const message of pending) {
    try {
      await mailer.send({
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody,
        html: message.htmlBody,
      });
      await db
        .update(outbox)
        .set({ status: 'sent', sentAt: new Date(), attempts: sql`${outbox.attempts} + 1` })
        .where(eq(outbox.id, message.id));
      sent++;
    } catch (error) {
      const attempts = message.attempts + 1;
      await db
        .update(outbox)
        .set({
          attempts,
          lastError: error instanceof Error ? error.message.slice(0, 500) : 'send failed',
          status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
        })
        .where(eq(outbox.id, message.id));
    }
  }
  return sent;
}

/** Polls the outbox until stopped; `kick()` asks for a run now (after a commit). */
export function startOutboxWorker(db: Db, mailer: Mailer, intervalMs = 2000) {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const run = () => {
    if (stopped) return running;
    running = running.then(() => deliverPending(db, mailer)).catch(() => 0);
    return running;
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return {
    kick: run,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
