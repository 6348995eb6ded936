/** Every job type the worker runs: add a job's definition here when adding its file. */

import type { Db } from '../../db/client.js';
import { analyzeWithoutAutovacuum } from '../../db/statistics.js';
import { deleteExpiredSessions } from '../../features/auth/delete-expired-sessions.js';
import { forgetSignInFailures } from '../../features/auth/forget-sign-in-failures.js';
import { runBulkActionJob } from '../../features/bulk-actions/run-bulk-action.job.js';
import { commitImportJob } from '../../features/imports/commit-import.job.js';
import { previewImportJob } from '../../features/imports/preview-import.job.js';
import { endAccessAfterCompletion } from '../../features/lifecycle/end-after-completion.js';
import { expireDueAccounts } from '../../features/lifecycle/expire-due-accounts.js';
import { sendGroupMessageJob } from '../../features/messages/send-group-message.job.js';
import { sendEmailJob } from '../mail/send-email.job.js';
import { deleteExpiredRateLimits } from '../rate-limit-store.js';
import type { JobDefinition } from './job-definition.js';
import { deleteFinishedJobs } from './job-queue.js';

export const jobDefinitions: JobDefinition[] = [
  sendEmailJob,
  previewImportJob as JobDefinition,
  commitImportJob as JobDefinition,
  runBulkActionJob as JobDefinition,
  sendGroupMessageJob as JobDefinition,
];

/** Work the worker runs every ROSTER_EXPIRY_EVERY (1h): each safe to run twice, or at once. */
export interface Sweep {
  name: string;
  run(db: Db): Promise<unknown>;
}

/**
 * Every server's worker sweeps; two sweeping at once delete the same rows, harmlessly.
 * Done jobs after 7 days; rate-limit counters whose window ended; failed sign-ins at unknown
 * names once forgetting them tells nothing (forget-sign-in-failures.ts). Accounts past their
 * subscription end date expire (expire-due-accounts.ts: SKIP LOCKED, so each expires once).
 * Where no autovacuum runs (PGlite), the planner's statistics are taken again.
 */
export const periodicSweeps: Sweep[] = [
  { name: 'finished jobs', run: (db) => deleteFinishedJobs(db) },
  { name: 'expired rate limits', run: deleteExpiredRateLimits },
  { name: 'idle sign-in failures', run: (db) => forgetSignInFailures(db) },
  { name: 'expired sessions', run: deleteExpiredSessions },
  // Before the expiry, so an end date already past expires in the same sweep.
  { name: 'access after completion', run: endAccessAfterCompletion },
  { name: 'account expiry', run: expireDueAccounts },
  // Last, after the sweeps above changed rows (src/db/statistics.ts).
  { name: 'planner statistics', run: analyzeWithoutAutovacuum },
];
