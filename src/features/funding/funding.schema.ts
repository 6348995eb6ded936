import { z } from 'zod';
import { FUNDING_STATUSES } from '../../db/schema.js';
import { zQueryId } from '../../platform/api-schemas.js';
import { LOCKED_FIELDS } from './funding-lock.js';

const lockedFieldNames = LOCKED_FIELDS.map((field) => field.field).join(', ');

export const ZCreateChangeRequest = z.object({
  requested: z
    .record(
      z.string().max(100),
      z.string('Enter the value you ask for.').max(1000).nullable(),
      'Say which fields to change.',
    )
    .describe(`The values asked for, by field: ${lockedFieldNames}; null asks to clear one`),
  note: z
    .string('Enter text here.')
    .max(2000, 'The note can be at most 2000 characters long.')
    .nullish(),
});
export type TCreateChangeRequest = z.infer<typeof ZCreateChangeRequest>;

export const ZChangeRequest = z.object({
  id: z.number().int(),
  learnerId: z.number().int(),
  status: z
    .enum(['open', 'done', 'rejected'])
    .describe('open: waiting; done: approved and applied to the learner; rejected: see the reason'),
  requested: z.record(z.string(), z.string().nullable()),
  note: z.string().nullable(),
  requestedBy: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  decidedBy: z
    .object({ id: z.number().int(), name: z.string() })
    .nullable()
    .describe('The administrator who approved or rejected it'),
  decidedAt: z.iso.datetime().nullable(),
  rejectionReason: z.string().nullable(),
});
export type TChangeRequest = z.infer<typeof ZChangeRequest>;

export const ZFundingEpisode = z.object({
  id: z.number().int(),
  status: z.enum(FUNDING_STATUSES),
  inBatch: z.boolean().describe('Included in a funding (ILR) submission batch file'),
  unfunded: z.boolean().describe('Marked unfunded: the batch no longer holds the learner back'),
  ukprn: z.string().nullable().describe("The learning provider's UKPRN on this episode"),
});
export type TFundingEpisode = z.infer<typeof ZFundingEpisode>;

export const ZChangeRequestParams = z.object({ id: zQueryId(), requestId: zQueryId() });

export const ZRejectChangeRequest = z.object({
  reason: z
    .string('Say why the change is rejected.')
    .max(2000, 'The reason can be at most 2000 characters long.'),
});

export const ZEpisodeParams = z.object({ id: zQueryId(), episodeId: zQueryId() });
