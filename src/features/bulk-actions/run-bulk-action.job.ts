/** A bulk action as a job: resumable, a result a user written with the user's change. */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { bulkActions } from '../../db/schema.js';
import { defineJob } from '../../platform/jobs/job-definition.js';
import { runBulkAction } from './run-bulk-action.js';

export const runBulkActionJob = defineJob({
  name: 'bulk-action',
  schema: z.object({
    bulkActionId: z.number().int().positive(),
    tenantId: z.number().int().positive(),
    publicUrl: z.string(),
  }),
  maxAttempts: 5,
  backoffMs: (attempt) => attempt * 10_000,
  // Under the worker's 5-minute lease; a longer action goes on from where it stopped.
  timeoutMs: 4 * 60_000,
  async run({ bulkActionId, tenantId, publicUrl }, { db }, job) {
    await runBulkAction(db, tenantId, bulkActionId, publicUrl, job.signal);
  },
  async onFailure({ bulkActionId, tenantId }, { db }, failure) {
    if (failure.retryAt) return;
    await db
      .update(bulkActions)
      .set({
        status: 'failed',
        error: `The action stopped: ${failure.error}`,
        finishedAt: new Date(),
      })
      .where(and(eq(bulkActions.id, bulkActionId), eq(bulkActions.tenantId, tenantId)));
  },
});
