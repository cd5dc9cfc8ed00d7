/**
 * The one folder that keeps what a build can reuse: Astro's content store and incremental
 * build (its `cacheDir`) now, and the project's own per-entry caches as they are added. The
 * deploy pipelines (.github/workflows/, .gitlab-ci.yml) restore and save exactly this folder,
 * so a host's rebuild after "Công bố" starts from the last build instead of from nothing.
 *
 * `node_modules/.cache/guong-sang/` unless GUONG_SANG_CACHE_DIR names another folder
 * (absolute, or relative to the project). Deleting the folder is always safe: the next build
 * is a cold one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/** Environment variable that moves the build cache. */
export const CACHE_DIR_ENV = 'GUONG_SANG_CACHE_DIR';

/** Where the cache lives by default, relative to the project root. */
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/guong-sang';

/** The build cache folder of the project at `root`, as an absolute path. */
export function buildCacheDir(root: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const set = env[CACHE_DIR_ENV]?.trim();
  const dir = set ? set : DEFAULT_CACHE_DIR;
  return isAbsolute(dir) ? dir : resolve(root, dir);
}

/** The part of the cache folder that Astro manages (its `cacheDir`). */
export function astroCacheDir(root: string, env?: Readonly<Record<string, string | undefined>>): string {
  return join(buildCacheDir(root, env), 'astro');
}

/** True when the folder `dir` exists or can be made, and a file can be written in it. */
export function isWritableDir(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    const probe = join(dir, `.probe-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
    return true;
  } catch {
    return false;
  }
}

/**
 * The build cache used when the configured one cannot be written (a read-only folder restored
 * by a pipeline, a mount without permission): a folder of the system's temporary directory,
 * one per project folder, so the build still succeeds (cold the first time).
 */
export function fallbackCacheDir(root: string): string {
  return join(tmpdir(), `guong-sang-cache-${createHash('sha256').update(resolve(root)).digest('hex').slice(0, 12)}`);
}
