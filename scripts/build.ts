/**
 * Production build that never leaves a half-built site: Astro (with the content check and
 * the Pagefind index) writes to a temporary folder, which replaces dist/ only on success.
 * Usage: node scripts/build.ts   (from the project root, or any copy of it)
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

process.env.NODE_ENV = 'production';
const root = process.cwd();
const finalDir = resolve(root, 'dist');
// A fixed name, not one per process: Astro bakes the output folder into the page modules it
// hashes for its incremental build, so a new name each time would re-render every image page.
const tempDir = resolve(root, '.dist-building-next');
const oldDir = resolve(root, `.dist-old-${process.pid}`);

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
  process.exit(1);
}
if (existsSync(finalDir)) renameSync(finalDir, oldDir);
renameSync(tempDir, finalDir);
rmSync(oldDir, { recursive: true, force: true });
console.log(`Site built in ${finalDir}`);
