import { z } from 'zod';
import { EMAIL_TEMPLATE_KINDS } from '../../db/schema.js';
import {
  MESSAGE_BODY_MAX,
  MESSAGE_SUBJECT_MAX,
  TEMPLATE_PLACEHOLDERS,
  templateProblems,
} from '../../domain/email-template.js';

export const ZEmailTemplateKind = z.enum(EMAIL_TEMPLATE_KINDS).meta({ id: 'EmailTemplateKind' });
export const ZEmailTemplateParams = z.object({ kind: ZEmailTemplateKind });

/** A subject: one line, 1 to 200 characters. */
export const zSubject = () =>
  z
    .string('Enter a subject.')
    .trim()
    .min(1, 'Enter a subject.')
    .max(MESSAGE_SUBJECT_MAX, `Keep the subject to ${MESSAGE_SUBJECT_MAX} characters.`)
    .refine((value) => !/[\r\n]/.test(value), 'Keep the subject on one line.');

/** A body: plain text, 1 to 10,000 characters. */
export const zBody = () =>
  z
    .string('Enter the message.')
    .min(1, 'Enter the message.')
    .max(
      MESSAGE_BODY_MAX,
      `Keep the message to ${MESSAGE_BODY_MAX.toLocaleString('en-GB')} characters.`,
    )
    .refine((value) => value.trim().length > 0, 'Enter the message.');

export const ZEmailTemplateRequest = z
  .object({ subject: zSubject(), body: zBody() })
  .superRefine((value, context) => {
    for (const [field, message] of Object.entries(templateProblems('activation', value)))
      context.addIssue({ code: 'custom', path: [field], message });
  });
export type TEmailTemplateRequest = z.infer<typeof ZEmailTemplateRequest>;

const ZPlaceholder = z.object({
  name: z.enum(Object.keys(TEMPLATE_PLACEHOLDERS) as [keyof typeof TEMPLATE_PLACEHOLDERS]),
  meaning: z.string(),
});

export const ZEmailTemplate = z.object({
  kind: ZEmailTemplateKind,
  subject: z.string(),
  body: z.string(),
  /** False while the tenant sends Roster's standard wording. */
  customised: z.boolean(),
  standard: z.object({ subject: z.string(), body: z.string() }),
  placeholders: z.array(ZPlaceholder).describe('What may be written in {{…}}'),
  updatedAt: z.iso.datetime().nullable(),
});

export const ZEmailPreview = z.object({
  subject: z.string(),
  text: z.string(),
  html: z.string().describe('Escaped HTML as it will be sent'),
});
