/**
 * Runs the real Roster server for browser tests: the built web app, a fresh embedded database
 * in a temporary directory, the demo tenant seeded with a known password.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureWebBuilt, root } from './build.js';

export const DEMO_PASSWORD = 'Demo-pass-2026!';

export interface RunningApp {
  baseUrl: string;
  /** Everything the server printed so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface StartOptions {
  /** Extra environment for the server, such as SMTP_URL pointing at a test mail catcher. */
  env?: Record<string, string>;
}

function childEnv(port: number, dataDir: string, extra: Record<string, string> = {}) {
  // A fresh PGlite directory always: never a shared DATABASE_URL, and no mail server unless
  // the test brings its own.
  const { DATABASE_URL: _database, SMTP_URL: _smtp, NODE_ENV: _mode, ...env } = process.env;
  return {
    ...env,
    PORT: String(port),
    HOST: '127.0.0.1',
    ROSTER_DATA_DIR: dataDir,
    ROSTER_DEMO_PASSWORD: DEMO_PASSWORD,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ...extra,
  };
}

async function waitUntilAnswering(baseUrl: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with ${child.exitCode} before answering:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/v1/session`);
      if (response.status === 200 || response.status === 401) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`The server did not answer within 150 s:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Builds the web app if needed, starts the server and waits until it answers. */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  ensureWebBuilt();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'roster-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: childEnv(port, dataDir, options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => log;
  const stop = async () => {
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(baseUrl, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, output, stop };
}
