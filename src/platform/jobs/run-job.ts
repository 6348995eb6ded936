/**
 * Runs one claimed job: checks its payload, runs the handler within the type's timeout, and
 * records the outcome. A failure is written to the job (and logged), never swallowed.
 */
import {
  DEFAULT_TIMEOUT_MS,
  defaultBackoffMs,
  type JobDefinition,
  type JobDeps,
} from './job-definition.js';
import { completeJob, failJob, type JobRow } from './job-queue.js';

export interface JobLogger {
  error(message: string): void;
}

const describe = (error: unknown) =>
  (error instanceof Error ? error.message || error.name : String(error)).slice(0, 1000);

async function withTimeout(ms: number, work: (signal: AbortSignal) => Promise<void>) {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`timed out after ${ms / 1000} s`));
    }, ms);
  });
  try {
    await Promise.race([work(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function recordFailure(
  job: JobRow,
  deps: JobDeps,
  logger: JobLogger,
  error: string,
  retryAt: Date | null,
) {
  const next = retryAt ? `; next try ${retryAt.toISOString()}` : '; given up';
  logger.error(
    `Job ${job.id} (${job.type}) try ${job.attempts}/${job.maxAttempts} failed: ${error}${next}`,
  );
  await failJob(deps.db, job, error, retryAt);
}

export async function runJob(
  job: JobRow,
  definition: JobDefinition | undefined,
  deps: JobDeps,
  logger: JobLogger,
) {
  // A job no handler can read fails at once: trying it again would fail the same way.
  if (!definition) return recordFailure(job, deps, logger, `no handler for type ${job.type}`, null);
  const parsed = definition.schema.safeParse(job.payload);
  if (!parsed.success)
    return recordFailure(job, deps, logger, `invalid payload: ${parsed.error.message}`, null);
  const payload = parsed.data;
  try {
    await withTimeout(definition.timeoutMs ?? DEFAULT_TIMEOUT_MS, (signal) =>
      definition.run(payload, deps, {
        id: job.id,
        attempt: job.attempts,
        maxAttempts: job.maxAttempts,
        signal,
      }),
    );
  } catch (thrown) {
    const error = describe(thrown);
    const backoffMs = definition.backoffMs ?? defaultBackoffMs;
    const retryAt =
      job.attempts < job.maxAttempts ? new Date(Date.now() + backoffMs(job.attempts)) : null;
    await recordFailure(job, deps, logger, error, retryAt);
    await definition.onFailure?.(payload, deps, { error, attempt: job.attempts, retryAt });
    return;
  }
  await completeJob(deps.db, job);
}
