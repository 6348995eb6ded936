import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { acquireDirectoryLock, currentHolder, processStartTime } from './directory-lock.js';

let dir = '';
let sleeper: ChildProcess;
let deadPid = 0;
const lockPath = () => join(dir, 'roster.lock');
const writeLock = (content: unknown) => writeFileSync(lockPath(), JSON.stringify(content));

beforeAll(async () => {
  sleeper = spawn('sleep', ['60']);
  const quick = spawn(process.execPath, ['-e', '']);
  deadPid = quick.pid ?? 0;
  await new Promise((resolve) => quick.once('exit', resolve));
});
afterAll(() => sleeper.kill('SIGKILL'));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'roster-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function expectTakenOver() {
  const release = acquireDirectoryLock(dir);
  expect(JSON.parse(readFileSync(lockPath(), 'utf8')).pid).toBe(process.pid);
  release();
  expect(existsSync(lockPath())).toBe(false);
}

const { boot } = currentHolder();
const sleeperPid = () => sleeper.pid ?? 0;

describe('PGlite directory lock', () => {
  it('is refused while its holder runs', () => {
    writeLock({ pid: sleeperPid(), started: processStartTime(sleeperPid()), boot });
    expect(() => acquireDirectoryLock(dir)).toThrow(/already open in another Roster process/);
  });

  it('is refused to a second opening in the same process', () => {
    const release = acquireDirectoryLock(dir);
    expect(() => acquireDirectoryLock(dir)).toThrow(/already open/);
    release();
  });

  it('is taken over from a process that is gone', () => {
    writeLock({ pid: deadPid, started: '12345', boot });
    expectTakenOver();
  });

  it('is taken over when its process id now belongs to another live process', () => {
    // The PID-namespace case: after a crash the id names something else that started later.
    writeLock({ pid: sleeperPid(), started: '1', boot });
    expectTakenOver();
  });

  it('is taken over when it names this very process id but an earlier start', () => {
    writeLock({ pid: process.pid, started: '1', boot });
    expectTakenOver();
  });

  it('is taken over after a reboot, and from an old lock holding our own id alone', () => {
    writeLock({ pid: sleeperPid(), started: processStartTime(sleeperPid()), boot: 'other-boot' });
    expectTakenOver();
    writeFileSync(lockPath(), String(process.pid));
    expectTakenOver();
    writeFileSync(lockPath(), '');
    expectTakenOver();
  });

  it('keeps an old lock holding the id of another live process', () => {
    writeFileSync(lockPath(), String(sleeperPid()));
    expect(() => acquireDirectoryLock(dir)).toThrow(/already open/);
  });

  it('leaves alone, on release, a lock another process has taken since', () => {
    const release = acquireDirectoryLock(dir);
    writeLock({ pid: sleeperPid(), started: processStartTime(sleeperPid()), boot });
    release();
    expect(existsSync(lockPath())).toBe(true);
  });
});
