/**
 * The worker: claims due jobs of the types it knows, runs up to `concurrency` at once (so one
 * slow job never holds up the rest), and looks again every `pollMs` or as soon as a slot frees.
 * Any number of workers, in any number of processes, share one database.
 */

import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { JobDefinition, JobDeps } from './job-definition.js';
import { claimJobs } from './job-queue.js';
import { jobDefinitions, periodicSweeps, type Sweep } from './registry.js';
import { type JobLogger, runJob } from './run-job.js';

export interface WorkerOptions {
  definitions?: JobDefinition[];
  concurrency?: number;
  pollMs?: number;
  /** A running job held longer than this by its worker is taken by another: keep it above every timeout. */
  leaseMs?: number;
  logger?: JobLogger;
  /** Housekeeping run at start and then every `sweepEveryMs` (registry.ts). */
  sweeps?: Sweep[];
  sweepEveryMs?: number;
}

const SWEEP_EVERY_MS = 3_600_000;

/** Runs every sweep; one failing is logged and does not keep the others from running. */
export async function runSweeps(db: JobDeps['db'], sweeps: Sweep[], logger: JobLogger) {
  for (const sweep of sweeps) {
    try {
      await sweep.run(db);
    } catch (error) {
      logger.error(
        `The sweep of ${sweep.name} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}

const settings = (deps: JobDeps, options: WorkerOptions) => {
  const definitions = (options.definitions ?? jobDefinitions).filter(
    (definition) => definition.enabled?.(deps) ?? true,
  );
  return {
    byName: new Map(definitions.map((definition) => [definition.name, definition])),
    concurrency: options.concurrency ?? 4,
    pollMs: options.pollMs ?? 1000,
    leaseMs: options.leaseMs ?? 5 * 60_000,
    logger: options.logger ?? console,
    sweeps: options.sweeps ?? periodicSweeps,
    sweepEveryMs: options.sweepEveryMs ?? SWEEP_EVERY_MS,
    workerId: `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`,
  };
};

export function startWorker(deps: JobDeps, options: WorkerOptions = {}) {
  const { byName, concurrency, pollMs, leaseMs, logger, workerId, sweeps, sweepEveryMs } = settings(
    deps,
    options,
  );
  const inFlight = new Set<Promise<void>>();
  let stopped = false;
  let wake = () => {};
  let lastSweep = 0;

  const claimSome = async () => {
    const free = concurrency - inFlight.size;
    if (free < 1) return false;
    const claimed = await claimJobs(deps.db, {
      workerId,
      limit: free,
      types: [...byName.keys()],
      leaseMs,
    });
    for (const job of claimed) {
      const running: Promise<void> = runJob(job, byName.get(job.type), deps, logger)
        .catch((error: unknown) =>
          logger.error(`Job ${job.id}: its outcome could not be recorded: ${String(error)}`),
        )
        .finally(() => {
          inFlight.delete(running);
          wake();
        });
      inFlight.add(running);
    }
    return claimed.length === free;
  };

  const loop = async () => {
    while (!stopped) {
      let more = false;
      try {
        more = await claimSome();
        if (Date.now() - lastSweep >= sweepEveryMs) {
          lastSweep = Date.now();
          await runSweeps(deps.db, sweeps, logger);
        }
      } catch (error) {
        logger.error(
          `The job worker could not claim jobs: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      if (more) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    await Promise.all(inFlight);
  };
  const done = loop();
  return {
    workerId,
    async stop() {
      stopped = true;
      wake();
      await done;
    },
  };
}

/** Runs every due job until none is left (tests and one-off runs); returns how many ran. */
export async function drainJobs(deps: JobDeps, options: WorkerOptions = {}) {
  const { byName, leaseMs, logger, workerId } = settings(deps, options);
  let ran = 0;
  for (;;) {
    const claimed = await claimJobs(deps.db, {
      workerId,
      limit: 50,
      types: [...byName.keys()],
      leaseMs,
    });
    if (claimed.length === 0) return ran;
    await Promise.all(claimed.map((job) => runJob(job, byName.get(job.type), deps, logger)));
    ran += claimed.length;
  }
}
