/**
 * Messages to users (issue 12): the tenant's email templates, and the messages administrators
 * send, one row a message and one row a recipient, whose outbox row stays null until the
 * message to them is written, so a group message resumes without writing anyone's twice.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, serial, text } from 'drizzle-orm/pg-core';
import { MESSAGE_BODY_MAX, MESSAGE_SUBJECT_MAX } from '../../domain/email-template.js';
import { outbox } from './outbox.js';
import { at, createdAt, sameTenant, tenantRef } from './tenants.js';
import { users } from './users.js';

export const EMAIL_TEMPLATE_KINDS = ['activation'] as const;
export const MESSAGE_STATUSES = ['pending', 'running', 'done', 'failed'] as const;

/** A tenant's own wording of an email Roster sends; without a row, Roster's standard wording. */
export const emailTemplates = pgTable(
  'email_templates',
  {
    tenantId: tenantRef(),
    kind: text({ enum: EMAIL_TEMPLATE_KINDS }).notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    updatedBy: integer().notNull(),
    updatedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.kind] }),
    sameTenant('email_templates_updated_by_fk', [t.tenantId, t.updatedBy], users),
    check(
      'email_templates_lengths',
      sql`length(${t.subject}) between 1 and ${sql.raw(String(MESSAGE_SUBJECT_MAX))} and length(${t.body}) between 1 and ${sql.raw(String(MESSAGE_BODY_MAX))}`,
    ),
  ],
);

/** A message an administrator sent to one user, or to a group (groupId). */
export const messages = pgTable(
  'messages',
  {
    id: serial().primaryKey(),
    tenantId: tenantRef(),
    sentBy: integer().notNull(),
    /** The group it went to; null for a message to one user. No foreign key: a group may go. */
    groupId: integer(),
    subject: text().notNull(),
    body: text().notNull(),
    status: text({ enum: MESSAGE_STATUSES }).notNull().default('pending'),
    total: integer().notNull(),
    done: integer().notNull().default(0),
    error: text(),
    createdAt: createdAt(),
    finishedAt: at(),
  },
  (t) => [
    sameTenant('messages_sent_by_fk', [t.tenantId, t.sentBy], users),
    index('messages_tenant_sent_by').on(t.tenantId, t.sentBy),
  ],
);

export const messageRecipients = pgTable(
  'message_recipients',
  {
    tenantId: tenantRef(),
    messageId: integer()
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    userId: integer().notNull(),
    /** The email written for them; null until then. */
    outboxId: integer().references(() => outbox.id, { onDelete: 'set null' }),
    /** Why no email was written for them (no_email, archived, not_visible). */
    skipped: text(),
  },
  (t) => [
    primaryKey({ columns: [t.messageId, t.userId] }),
    sameTenant('message_recipients_user_fk', [t.tenantId, t.userId], users),
    index('message_recipients_outbox').on(t.outboxId),
  ],
);
