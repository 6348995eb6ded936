/** The preview of an upload as a job: idempotent (a previewed import is left as it is). */
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { imports } from '../../db/schema.js';
import { defineJob } from '../../platform/jobs/job-definition.js';
import { previewImport } from './preview-import.js';

export const previewImportJob = defineJob({
  name: 'preview-import',
  schema: z.object({
    importId: z.number().int().positive(),
    tenantId: z.number().int().positive(),
  }),
  maxAttempts: 3,
  // Under the worker's 5-minute lease; a longer preview goes on from where it stopped.
  timeoutMs: 4 * 60_000,
  async run({ importId, tenantId }, { db }, job) {
    await previewImport(db, tenantId, importId, job.signal);
  },
  async onFailure({ importId, tenantId }, { db }, failure) {
    if (failure.retryAt) return;
    await db
      .update(imports)
      .set({ status: 'failed', error: `The preview stopped: ${failure.error}` })
      .where(
        and(
          eq(imports.id, importId),
          eq(imports.tenantId, tenantId),
          inArray(imports.status, ['uploaded', 'previewing']),
        ),
      );
  },
});
