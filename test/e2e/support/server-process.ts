/**
 * Starts Roster as a real process (its own process group) on a chosen PGlite directory, for
 * tests that kill and restart it: `node src/main.ts`, `npm start` (scripts/start.mjs), or
 * either inside a new PID namespace where the machine allows one.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { root } from './build.js';

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  output(): string;
  /** Resolves with the exit code (or signal name) once the process group's leader is gone. */
  exited: Promise<number | string>;
}

export function freePort(): Promise<number> {
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

/** True when this machine lets an unprivileged user make a PID namespace (`unshare`). */
export const canUnsharePid = () =>
  spawnSync('unshare', ['--pid', '--fork', '--mount-proc', '--map-root-user', 'true']).status === 0;

/** `unshare` wrapper: the command is pid 1 of a new namespace and dies with `unshare`. */
const IN_PID_NAMESPACE = [
  'unshare',
  '--pid',
  '--fork',
  '--mount-proc',
  '--map-root-user',
  '--kill-child=SIGKILL',
];

export async function startServer(
  dataDir: string,
  options: { command?: string[]; pidNamespace?: boolean } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const { DATABASE_URL: _database, SMTP_URL: _smtp, NODE_ENV: _mode, ...env } = process.env;
  const command = [
    ...(options.pidNamespace ? IN_PID_NAMESPACE : []),
    ...(options.command ?? [process.execPath, '--import', 'tsx', 'src/main.ts']),
  ];
  const [file = '', ...args] = command;
  const child = spawn(file, args, {
    cwd: root,
    detached: true,
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ROSTER_DATA_DIR: dataDir,
      ROSTER_DEMO_PASSWORD: 'Demo-pass-2026!',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return { child, baseUrl: `http://127.0.0.1:${port}`, output: () => log, exited };
}

/** Waits until the server answers, or throws with its output when it exits or takes too long. */
export async function untilAnswering(server: ServerProcess, seconds = 150) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null)
      throw new Error(`The server exited before answering:\n${server.output()}`);
    try {
      const response = await fetch(`${server.baseUrl}/api/v1/session`);
      if (response.status === 401 || response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`The server did not answer within ${seconds} s:\n${server.output()}`);
}

/** Sends `signal` to the whole process group, as a terminal or a container runtime does. */
export function signalGroup(server: ServerProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-(server.child.pid ?? 0), signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
