/**
 * Runs the real server as its own process (`node --import tsx src/main.ts`, as `npm start`
 * does), or the worker alone (`src/worker.ts`, as `npm run worker` does), on a database the
 * test chooses, for tests of several processes sharing one database.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { freePort } from './net.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  baseUrl: string;
  /** Resolves once the server answers; rejects if it exits first. */
  ready: Promise<void>;
  output(): string;
  stop(): Promise<void>;
}

async function answers(baseUrl: string) {
  try {
    return (await fetch(`${baseUrl}/api/v1/session`)).status === 401;
  } catch {
    return false; // Not listening yet.
  }
}

async function waitUntil(ready: () => Promise<boolean>, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(
        `The process exited with ${child.exitCode} before it was ready:\n${output()}`,
      );
    if (await ready()) return;
    await sleep(200);
  }
  throw new Error(`The process was not ready within 120 s:\n${output()}`);
}

/** Starts a server (or the worker alone) with `env` (DATABASE_URL, SMTP_URL, …); does not wait. */
export async function spawnServer(
  env: Record<string, string>,
  entry: 'src/main.ts' | 'src/worker.ts' = 'src/main.ts',
): Promise<ServerProcess> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const { NODE_ENV: _mode, SMTP_URL: _smtp, DATABASE_URL: _database, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env: { ...inherited, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: baseUrl, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => log;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
  const ready =
    entry === 'src/main.ts'
      ? () => answers(baseUrl)
      : async () => /job worker .* is running/.test(log);
  return { baseUrl, ready: waitUntil(ready, child, output), output, stop };
}
