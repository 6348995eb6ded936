/** The mail outbox. */
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { at, createdAt, tenantRef } from './tenants.js';
import { users } from './users.js';

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed', 'refused', 'bounced'] as const;

/** Transactional outbox: written with the change that causes the email, sent afterwards. */
export const outbox = pgTable(
  'outbox',
  {
    id: serial().primaryKey(),
    tenantId: tenantRef(),
    userId: integer().references(() => users.id, { onDelete: 'set null' }),
    toAddress: text().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    htmlBody: text().notNull(),
    /**
     * refused: the receiving server refused the address or the message for good; no more tries.
     * bounced: accepted, then returned undelivered (a delivery status notification came back).
     */
    status: text({ enum: OUTBOX_STATUSES }).notNull().default('pending'),
    /** Fixed when the row is written, so a resend after a crash carries the same one. */
    messageId: text()
      .notNull()
      .unique('outbox_message_id_unique')
      .default(sql`('<' || gen_random_uuid() || '@roster.local>')`),
    attempts: integer().notNull().default(0),
    /** When the next try is due while pending; null once sent or given up. */
    nextAttemptAt: at(),
    lastError: text(),
    createdAt: createdAt(),
    sentAt: at(),
  },
  (t) => [
    index().on(t.status, t.id),
    index().on(t.tenantId, t.userId),
    check(
      'outbox_status_check',
      sql`${t.status} in ('pending', 'sent', 'failed', 'refused', 'bounced')`,
    ),
  ],
);
