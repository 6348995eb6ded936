/** A group message as a job: resumable, each recipient's email written once. */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { messages } from '../../db/schema.js';
import { defineJob } from '../../platform/jobs/job-definition.js';
import { runGroupMessage } from './run-group-message.js';

export const sendGroupMessageJob = defineJob({
  name: 'group-message',
  schema: z.object({
    messageId: z.number().int().positive(),
    tenantId: z.number().int().positive(),
  }),
  maxAttempts: 5,
  backoffMs: (attempt) => attempt * 10_000,
  // Under the worker's 5-minute lease; a longer run goes on from where it stopped.
  timeoutMs: 4 * 60_000,
  async run({ messageId, tenantId }, { db }, job) {
    await runGroupMessage(db, tenantId, messageId, job.signal);
  },
  async onFailure({ messageId, tenantId }, { db }, failure) {
    if (failure.retryAt) return;
    await db
      .update(messages)
      .set({ status: 'failed', error: `Sending stopped: ${failure.error}`, finishedAt: new Date() })
      .where(and(eq(messages.id, messageId), eq(messages.tenantId, tenantId)));
  },
});
