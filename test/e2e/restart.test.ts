/**
 * The embedded database after a crash: a server killed with SIGKILL comes back on the same data
 * directory on its own (also when, as in a container, the new process has the old one's pid),
 * a second live server on that directory is refused, and SIGTERM to the `npm start` process
 * group shuts down cleanly and removes the lock. PGlite only: the lock guards its directory.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentHolder } from '../../src/db/directory-lock.js';
import { ensureWebBuilt } from './support/build.js';
import {
  canUnsharePid,
  type ServerProcess,
  signalGroup,
  startServer,
  untilAnswering,
} from './support/server-process.js';

let dataDir = '';
const started: ServerProcess[] = [];
const lockFile = () => join(dataDir, 'roster.lock');

async function start(options: Parameters<typeof startServer>[1] = {}) {
  const server = await startServer(dataDir, options);
  started.push(server);
  return server;
}

async function until(condition: () => boolean, ms: number) {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await sleep(100);
  expect(condition(), 'in time').toBe(true);
}

async function crash(server: ServerProcess) {
  signalGroup(server, 'SIGKILL');
  expect(await server.exited).toBe('SIGKILL');
  expect(existsSync(lockFile()), 'a crash leaves the lock behind').toBe(true);
}

beforeAll(() => {
  ensureWebBuilt();
  dataDir = mkdtempSync(join(tmpdir(), 'roster-restart-'));
});
afterAll(() => {
  for (const server of started) signalGroup(server, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('restart on the same embedded database', () => {
  it('comes back after SIGKILL, and refuses a second live process meanwhile', async () => {
    const first = await start();
    await untilAnswering(first);
    const second = await start();
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain('already open in another Roster process');
    await crash(first);
    const again = await start();
    await untilAnswering(again);
    signalGroup(again, 'SIGTERM');
    expect(await again.exited).toBe(0);
    expect(existsSync(lockFile())).toBe(false);
  });

  it('stops cleanly on SIGTERM to the npm start process group and removes the lock', async () => {
    // start.mjs's own answer is the server's exit code; npm then re-raises the signal on itself.
    for (const command of [
      [process.execPath, 'scripts/start.mjs'],
      ['npm', 'start'],
    ]) {
      const server = await start({ command });
      await untilAnswering(server);
      expect(existsSync(lockFile())).toBe(true);
      signalGroup(server, 'SIGTERM');
      const exit = await server.exited;
      if (command[0] !== 'npm') expect(exit).toBe(0);
      await until(() => !existsSync(lockFile()), 15_000);
      expect(server.output()).not.toMatch(/Error|ERR/);
    }
  });

  it.runIf(canUnsharePid())(
    'comes back in a PID namespace, where the new process has the crashed one’s pid',
    async () => {
      const first = await start({ pidNamespace: true });
      await untilAnswering(first);
      expect(JSON.parse(readFileSync(lockFile(), 'utf8')).pid).toBe(1);
      await crash(first);
      const again = await start({ pidNamespace: true });
      await untilAnswering(again);
      signalGroup(again, 'SIGKILL');
      await again.exited;
      // Pid 2 of the next namespace is a live process that is not Roster.
      writeFileSync(lockFile(), JSON.stringify({ ...currentHolder(), pid: 2, started: '1' }));
      const beside = await start({
        pidNamespace: true,
        command: ['sh', '-c', `sleep 300 & exec ${process.execPath} --import tsx src/main.ts`],
      });
      await untilAnswering(beside);
      expect(JSON.parse(readFileSync(lockFile(), 'utf8')).pid).toBe(1);
    },
  );
});
