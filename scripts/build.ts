/**
 * Production build that never leaves a half-built site: Astro (with the content check and
 * the Pagefind index) writes to a temporary folder, which replaces dist/ only on success.
 * The build cache (src/lib/site/cache-dir.ts) is checked against its seal before the build,
 * so a damaged cache file is rendered again instead of published, and sealed after it
 * (src/lib/site/cache-integrity.ts); a cache folder that cannot be written is replaced by a
 * temporary one; a second build started in the same folder waits for the first
 * (src/lib/site/build-lock.ts).
 * Usage: node scripts/build.ts   (from the project root, or any copy of it)
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { acquireBuildLock } from '../src/lib/site/build-lock.ts';
import { buildCacheDir, CACHE_DIR_ENV, fallbackCacheDir, isWritableDir } from '../src/lib/site/cache-dir.ts';
import { sealCache, verifyCache, type Verification } from '../src/lib/site/cache-integrity.ts';
import { INDEX_CACHE } from '../src/lib/search/index-cache.ts';

process.env.NODE_ENV = 'production';
const root = process.cwd();
const finalDir = resolve(root, 'dist');
// A fixed name, not one per process: Astro bakes the output folder into the page modules it
// hashes for its incremental build, so a new name each time would re-render every image page.
const tempDir = resolve(root, '.dist-building-next');
const oldDir = resolve(root, `.dist-old-${process.pid}`);

const lock = await acquireBuildLock(resolve(root, '.dist-lock'), {
  onWait: (pid) => console.log(`Another build (process ${pid}) is running in this folder: waiting for it to finish.`),
});

/** The sealed parts of the build cache: Astro's folder and the last search index (src/lib/search/index-cache.ts). */
const SEALED = ['astro', INDEX_CACHE];

/** The cache folder this build uses (told to astro.config.mjs through the environment), checked against its seals. */
function prepareCache(): { dir: string; verifications: Map<string, Verification> } {
  const configured = buildCacheDir(root);
  for (const dir of [configured, fallbackCacheDir(root)]) {
    const started = performance.now();
    try {
      if (!SEALED.every((part) => isWritableDir(join(dir, part)))) throw new Error('it cannot be written');
      const verifications = new Map(SEALED.map((part) => [part, verifyCache(join(dir, part))]));
      for (const [part, verification] of verifications) {
        if (verification.reset)
          console.log(`Build cache ${join(dir, part)} had no valid seal: emptied, made again by this build.`);
        if (verification.removed.length > 0)
          console.log(
            `Build cache: ${verification.removed.length} damaged file(s) removed from ${part}/, made again: ${verification.removed.slice(0, 5).join(', ')}`,
          );
      }
      process.env[CACHE_DIR_ENV] = dir;
      const intact = [...verifications.values()].reduce((sum, v) => sum + v.verified.size, 0);
      console.log(`Build cache checked in ${Math.round(performance.now() - started)} ms: ${intact} file(s) intact.`);
      return { dir, verifications };
    } catch (error) {
      console.warn(
        `Build cache ${dir} is not usable (${error instanceof Error ? error.message : String(error)})${dir === configured ? `: using ${fallbackCacheDir(root)} instead` : ''}.`,
      );
    }
  }
  throw new Error('No usable build cache folder');
}

let failed = false;
try {
  const cache = prepareCache();
  const { build } = await import('astro');
  rmSync(tempDir, { recursive: true, force: true }); // what a killed build left
  try {
    await build({ root, outDir: tempDir, logLevel: process.env.ASTRO_LOG_LEVEL === 'silent' ? 'silent' : 'info' });
  } catch (error) {
    rmSync(tempDir, { recursive: true, force: true });
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    console.error(
      existsSync(finalDir) ? '\nBuild failed: dist/ was left as it was.' : '\nBuild failed: nothing was published.',
    );
    failed = true;
  }
  if (!failed) {
    try {
      const started = performance.now();
      let files = 0;
      for (const part of SEALED) files += sealCache(join(cache.dir, part), cache.verifications.get(part)?.verified);
      console.log(`Build cache sealed in ${Math.round(performance.now() - started)} ms: ${files} file(s).`);
    } catch (error) {
      // The old seal stays: the next build deletes whatever no longer matches it.
      console.warn(`Build cache not sealed: ${error instanceof Error ? error.message : String(error)}`);
    }
    const swapStarted = performance.now();
    if (existsSync(finalDir)) renameSync(finalDir, oldDir);
    renameSync(tempDir, finalDir);
    rmSync(oldDir, { recursive: true, force: true });
    // The time is read by the bench's per-phase breakdown (bench/lib/breakdown.ts).
    console.log(`Site built in ${finalDir} (dist/ replaced in ${Math.round(performance.now() - swapStarted)} ms)`);
  }
} finally {
  lock.release();
}
if (failed) process.exit(1);
