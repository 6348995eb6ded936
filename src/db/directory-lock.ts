/**
 * One Roster process at a time in a PGlite data directory: `<dir>/roster.lock` names its
 * holder by process id, the process's start time and the machine's boot id. A process id
 * alone is not proof of life: in a container every start is pid 1 (or 7, …) again, so after a
 * crash the old lock names a live process — the new one. The lock is held only while a
 * process with that id is alive AND started when the lock says; anything else is left over
 * from a crash and taken over, so a restart always comes up on its own.
 */
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../platform/errors.js';

interface Holder {
  pid: number;
  /** Field 22 of /proc/<pid>/stat (clock ticks after boot); null where there is no /proc. */
  started: string | null;
  boot: string | null;
}

function readProc(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** When `pid` started, from /proc; the name in parentheses may hold spaces, so count after it. */
export function processStartTime(pid: number): string | null {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return null;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
}

const bootId = () => readProc('/proc/sys/kernel/random/boot_id')?.trim() ?? null;

export const currentHolder = (): Holder => ({
  pid: process.pid,
  started: processStartTime(process.pid),
  boot: bootId(),
});

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Reads a lock file: this format, or an older one holding the process id alone. */
function parseHolder(text: string): Holder | null {
  try {
    const value = JSON.parse(text) as Partial<Holder>;
    if (typeof value === 'number') return { pid: value, started: null, boot: null };
    if (!Number.isInteger(value.pid)) return null;
    return { pid: Number(value.pid), started: value.started ?? null, boot: value.boot ?? null };
  } catch {
    return null;
  }
}

/** True when the process that wrote the lock is still running. */
export function isHeld(holder: Holder): boolean {
  if (holder.pid <= 0) return false;
  const boot = bootId();
  if (holder.boot && boot && holder.boot !== boot) return false;
  if (!isAlive(holder.pid)) return false;
  const started = processStartTime(holder.pid);
  if (holder.started && started) return holder.started === started;
  // No start time to compare: our own id in a lock we have not taken yet is a reused one.
  return holder.pid !== process.pid;
}

const inUse = (dir: string, pid: number) =>
  new AppError(
    'database_in_use',
    `The data directory ${dir} is already open in another Roster process (pid ${pid}). Stop that process first, or set ROSTER_DATA_DIR to another directory.`,
    409,
  );

/**
 * Moves a stale lock aside. Two processes may judge the same lock stale at once; renaming is
 * atomic, and the one that finds it moved a different (fresh) lock puts it back and gives way.
 */
function removeStale(path: string, seen: string, dir: string, pid: number) {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (readProc(aside) === seen) return rmSync(aside, { force: true });
  try {
    linkSync(aside, path);
  } finally {
    rmSync(aside, { force: true });
  }
  throw inUse(dir, pid);
}

/** Takes `<dir>/roster.lock` for this process and returns its release. */
export function acquireDirectoryLock(dir: string): () => void {
  const path = join(dir, 'roster.lock');
  const mine = JSON.stringify(currentHolder());
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // Written whole beside it, then linked into place: link fails if the lock exists, and
      // no other process can ever read a lock file that is half written.
      const draft = `${path}.new-${process.pid}`;
      writeFileSync(draft, mine);
      try {
        linkSync(draft, path);
      } finally {
        rmSync(draft, { force: true });
      }
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        // Only our own lock: a process that took over after we were presumed dead keeps theirs.
        if (readProc(path) === mine) rmSync(path, { force: true });
      };
      // A crash that still runs exit handlers (an uncaught error) leaves no lock behind.
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const seen = readProc(path) ?? '';
      const holder = parseHolder(seen);
      if (holder && isHeld(holder)) throw inUse(dir, holder.pid);
      removeStale(path, seen, dir, holder?.pid ?? 0);
    }
  }
  throw new AppError('database_in_use', `Could not lock the data directory ${dir}.`, 409);
}
