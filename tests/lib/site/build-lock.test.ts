import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { acquireBuildLock } from '../../../src/lib/site/build-lock.ts';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-lock-'));
  file = join(dir, '.dist-lock');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('acquireBuildLock', () => {
  test('holds the lock file with its process id until released', async () => {
    const lock = await acquireBuildLock(file);
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(existsSync(file)).toBe(false);
  });

  test('waits while another running process holds the lock', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(file, String(other.pid));
      let waitedFor: number | undefined;
      let taken = false;
      const pending = acquireBuildLock(file, { pollMs: 20, onWait: (pid) => (waitedFor = pid) }).then((lock) => {
        taken = true;
        return lock;
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(taken).toBe(false);
      expect(waitedFor).toBe(other.pid);
      rmSync(file); // the other build finishes
      const lock = await pending;
      expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
      lock.release();
    } finally {
      other.kill();
    }
  });

  test('takes over a lock left by a process that no longer runs', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('exit', resolve));
    writeFileSync(file, String(gone.pid));
    const lock = await acquireBuildLock(file, { pollMs: 20 });
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    lock.release();
  });

  test('takes over an empty lock file left by a build killed while taking it', async () => {
    writeFileSync(file, '');
    const lock = await acquireBuildLock(file, { pollMs: 10 });
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    lock.release();
  });

  test('gives up after the timeout', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(file, String(other.pid));
      await expect(acquireBuildLock(file, { pollMs: 10, timeoutMs: 50 })).rejects.toThrow(/still holds/);
    } finally {
      other.kill();
    }
  });
});
