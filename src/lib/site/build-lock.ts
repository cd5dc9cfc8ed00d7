/**
 * One build at a time in a project folder. Two builds at once would share the temporary
 * output folder and the build cache, and each could publish or cache the other's half-written
 * files; so a build takes a lock file (created exclusively, holding its process id) and a
 * second build waits until the first is done. A lock whose process no longer runs (a build
 * killed without cleaning up) is taken over.
 */
import { openSync, closeSync, readFileSync, rmSync, writeSync } from 'node:fs';

export interface BuildLock {
  release: () => void;
}

export interface LockOptions {
  /** Called once when the lock is held by another running process, with its id. */
  onWait?: (pid: number) => void;
  /** Milliseconds between two attempts. */
  pollMs?: number;
  /** Gives up (throws) after this many milliseconds of waiting. */
  timeoutMs?: number;
}

/** True when a process with this id runs (or exists but belongs to someone else). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryTake(file: string): boolean {
  try {
    const fd = openSync(file, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The process id written in a lock file, or undefined when it is unreadable or still empty. */
function holderOf(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock file `file`, waiting while another running process holds it. */
export async function acquireBuildLock(file: string, options: LockOptions = {}): Promise<BuildLock> {
  const { pollMs = 500, timeoutMs = 60 * 60_000 } = options;
  const started = Date.now();
  let told = false;
  let emptySince: number | undefined;
  while (!tryTake(file)) {
    const holder = holderOf(file);
    if (holder !== undefined && !isRunning(holder)) {
      rmSync(file, { force: true }); // left by a build that was killed
      continue;
    }
    // A lock without a process id for several polls was left by a build killed between creating and writing it.
    if (holder === undefined) {
      emptySince ??= Date.now();
      if (Date.now() - emptySince > 5 * pollMs) {
        rmSync(file, { force: true });
        emptySince = undefined;
        continue;
      }
    } else {
      emptySince = undefined;
      if (!told) options.onWait?.(holder);
      told = true;
    }
    if (Date.now() - started > timeoutMs) throw new Error(`Another build (process ${holder}) still holds ${file}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    if (holderOf(file) === process.pid) rmSync(file, { force: true });
  };
  process.once('exit', release);
  return {
    release: () => {
      process.off('exit', release);
      release();
    },
  };
}
