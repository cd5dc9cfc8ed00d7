/**
 * The baseline of the build benchmark: bench/baseline/, a bare Astro site with a glob loader
 * over the same generated content/ folder, copied to a temporary folder with a node_modules
 * of symlinks (its own content cache) and built with the project's own astro.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEnv, runMeasured, type Measured } from './measure.ts';

const SOURCE = fileURLToPath(new URL('../baseline', import.meta.url));
const MODULES = fileURLToPath(new URL('../../node_modules', import.meta.url));
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

export interface BaselineSite {
  dir: string;
  remove: () => void;
}

/** A fresh copy of bench/baseline/ (nothing cached). */
export function createBaseline(): BaselineSite {
  const dir = mkdtempSync(join(tmpdir(), 'guong-sang-baseline-'));
  cpSync(SOURCE, dir, { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(MODULES)) {
    if (!PRIVATE_CACHES.has(name)) symlinkSync(join(MODULES, name), join(dir, 'node_modules', name));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `astro build` of the baseline over `contentDir` (a content/ folder with honorees, campaigns, documents). */
export function buildBaseline(site: BaselineSite, contentDir: string): Promise<Measured> {
  return runMeasured(
    process.execPath,
    [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', site.dir],
    {
      cwd: site.dir,
      env: buildEnv({ BENCH_CONTENT_DIR: contentDir }),
    },
  );
}
