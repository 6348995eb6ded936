/**
 * What every benchmark gets: a freshly migrated database (PGlite on disk, or a scratch
 * PostgreSQL database next to DATABASE_URL), a timer, and a way to print one figure.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../src/db/client.js';

export interface Figure {
  name: string;
  count: number;
  ms: number;
  [extra: string]: string | number | boolean;
}

export interface BenchContext {
  db: Database['db'];
  kind: Database['kind'];
  emit(figure: Figure): void;
}

/** A benchmark file default-exports one of these; bench/run.ts finds every `*.bench.ts`. */
export interface Bench {
  name: string;
  run(context: BenchContext): Promise<void>;
}

export const cores = availableParallelism();

/** Prints one figure as a JSON line, with throughput, database and core count added. */
export function printFigure(kind: string, figure: Figure) {
  const perSecond = figure.ms > 0 ? Math.round((figure.count * 1000) / figure.ms) : 0;
  const { name, count, ms, ...extra } = figure;
  console.log(
    JSON.stringify({
      name,
      count,
      ms: Math.round(ms * 10) / 10,
      perSecond,
      db: kind,
      cores,
      ...extra,
    }),
  );
}

export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

/** The median time of `runs` runs after one warm-up run. */
export async function median(runs: number, work: () => Promise<unknown>) {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(work)).ms);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** PGlite in a temporary directory (in memory it slows down badly on big inserts). */
export async function openBenchPglite(): Promise<Database> {
  const dir = mkdtempSync(join(tmpdir(), 'roster-bench-'));
  const database = await openPglite(dir);
  return {
    ...database,
    async close() {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A scratch database beside DATABASE_URL, dropped afterwards: the bench never touches real data. */
export async function openBenchPostgres(url: string): Promise<Database> {
  const name = `roster_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openPostgres(target.toString());
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
