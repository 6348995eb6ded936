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

export async function runJob(
  job: JobRow,
  definition: JobDefinition | undefined,
  deps: JobDeps,
  logger: JobLogger,
) {
  const fail = async (
    error: string,
    retry: boolean,
    onFailure?: (retryAt: Date | null) => Promise<void>,
  ) => {
    const retryAt =
      retry && definition && job.attempts < job.maxAttempts
        ? new Date(Date.now() + (definition.backoffMs ?? defaultBackoffMs)(job.attempts))
        : null;
    logger.error(
      `Job ${job.id} (${job.type}) try ${job.attempts}/${job.maxAttempts} failed: ${error}${retryAt ? `; next try ${retryAt.toISOString()}` : '; given up'}`,
    );
    await failJob(deps.db, job, error, retryAt);
    await onFailure?.(retryAt);
  };
  if (!definition) return fail(`no handler for job type ${job.type}`, false);
  const parsed = definition.schema.safeParse(job.payload);
  if (!parsed.success) return fail(`invalid payload: ${parsed.error.message}`, false);
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
  } catch (error) {
    const message = describe(error);
    return fail(message, true, async (retryAt) => {
      await definition.onFailure?.(payload, deps, {
        error: message,
        attempt: job.attempts,
        retryAt,
      });
    });
  }
  await completeJob(deps.db, job);
}
