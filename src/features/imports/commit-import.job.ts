/** The commit of an import as a job: resumable, each batch one transaction (commit-import.ts). */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { imports } from '../../db/schema.js';
import { defineJob } from '../../platform/jobs/job-definition.js';
import { commitImport } from './commit-import.js';

export const commitImportJob = defineJob({
  name: 'commit-import',
  schema: z.object({
    importId: z.number().int().positive(),
    tenantId: z.number().int().positive(),
    publicUrl: z.string(),
  }),
  maxAttempts: 5,
  backoffMs: (attempt) => attempt * 10_000,
  // Under the worker's 5-minute lease; a longer commit goes on from where it stopped.
  timeoutMs: 4 * 60_000,
  async run({ importId, tenantId, publicUrl }, { db }, job) {
    await commitImport(db, tenantId, importId, publicUrl, job.signal);
  },
  async onFailure({ importId, tenantId }, { db }, failure) {
    if (failure.retryAt) return;
    await db
      .update(imports)
      .set({
        status: 'failed',
        error: `The import stopped: ${failure.error}. Rows already imported stay; import again to finish the rest.`,
      })
      .where(
        and(
          eq(imports.id, importId),
          eq(imports.tenantId, tenantId),
          eq(imports.status, 'committing'),
        ),
      );
  },
});
