import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../platform/errors.js';

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `<dir>/roster.lock` for this process; a lock left by a dead process is taken over. */
export function acquireDirectoryLock(dir: string): () => void {
  const path = join(dir, 'roster.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
        throw new AppError(
          'database_in_use',
          `The data directory ${dir} is already open in another Roster process (pid ${holder}). Stop that process first, or set ROSTER_DATA_DIR to another directory.`,
          409,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new AppError('database_in_use', `Could not lock the data directory ${dir}.`, 409);
}
