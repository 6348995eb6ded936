import { z } from 'zod';
import { MESSAGE_STATUSES } from '../../db/schema/messages.js';
import { OUTBOX_STATUSES } from '../../db/schema.js';
import { templateProblems } from '../../domain/email-template.js';
import { zBody, zSubject } from '../email-templates/email-templates.schema.js';

/** A message: subject and plain-text body, with {{firstName}}, {{surname}}, {{organisationName}}. */
export const ZSendMessageRequest = z
  .object({ subject: zSubject(), body: zBody() })
  .superRefine((value, context) => {
    for (const [field, message] of Object.entries(templateProblems('message', value)))
      context.addIssue({ code: 'custom', path: [field], message });
  });
export type TSendMessageRequest = z.infer<typeof ZSendMessageRequest>;

export const ZUserMessageSent = z.object({
  messageId: z.number().int(),
  outboxId: z.number().int(),
});

export const ZGroupMessageStarted = z.object({
  id: z.number().int(),
  recipients: z.number().int().describe('Users the message is being written for'),
  withoutEmail: z
    .number()
    .int()
    .describe('Users of the group left out: they have no email address'),
});

export const ZMessage = z.object({
  id: z.number().int(),
  groupId: z.number().int().nullable(),
  subject: z.string(),
  status: z.enum(MESSAGE_STATUSES),
  total: z.number().int(),
  done: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});

export const ZCommunication = z.object({
  id: z.number().int(),
  subject: z.string(),
  toAddress: z.string(),
  body: z
    .string()
    .describe('The text as sent, with every query value and fragment of its links removed'),
  sentBy: z
    .object({ id: z.number().int(), name: z.string() })
    .nullable()
    .describe('The administrator who wrote it; null for the emails Roster sends itself'),
  status: z
    .enum(OUTBOX_STATUSES)
    .describe(
      'refused: their mail server refused the address or the message; bounced: it was accepted, then returned undelivered. Either way it never arrived',
    ),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  attempts: z.number().int().describe('Tries made so far'),
  nextAttemptAt: z.iso.datetime().nullable().describe('When the next try is due, while pending'),
  lastError: z.string().nullable().describe('Why the latest try failed, or the refusal'),
});
