/**
 * What a job type is: a name, a zod schema for its payload, a handler, and how it retries.
 * One file a job type; a handler is idempotent, since a crash after its work but before the
 * job is marked done runs it again.
 */
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { Mailer } from '../mail/mailer.js';

/** What every handler may use; the worker passes the same to each. */
export interface JobDeps {
  db: Db;
  mailer: Mailer;
}

export interface JobRun {
  id: number;
  /** This try, counting from 1. */
  attempt: number;
  maxAttempts: number;
  /** Aborted when the try runs past the job type's timeout. */
  signal: AbortSignal;
}

/** A failed try: `retryAt` is null when the job is given up. */
export interface JobFailure {
  error: string;
  attempt: number;
  retryAt: Date | null;
}

export interface JobDefinition<TPayload = unknown> {
  name: string;
  schema: z.ZodType<TPayload>;
  run(payload: TPayload, deps: JobDeps, job: JobRun): Promise<void>;
  /** Recorded on the job in any case; this lets a type mirror it on its own rows. */
  onFailure?(payload: TPayload, deps: JobDeps, failure: JobFailure): Promise<void>;
  /** A worker whose deps cannot serve this type leaves its jobs pending for another. */
  enabled?(deps: JobDeps): boolean;
  maxAttempts?: number;
  /** Delay before try `attempt + 1` after try `attempt` failed. */
  backoffMs?(attempt: number): number;
  /** A try still running after this long fails (and its signal aborts). */
  timeoutMs?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_TIMEOUT_MS = 60_000;

/** 10 s, 40 s, 2.7 min, … doubling twice a try, at most an hour. */
export const defaultBackoffMs = (attempt: number) =>
  Math.min(10_000 * 4 ** (attempt - 1), 3_600_000);

/** Keeps the payload type of a definition while storing it among others. */
export const defineJob = <TPayload>(definition: JobDefinition<TPayload>) => definition;
