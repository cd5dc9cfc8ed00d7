/**
 * The build cache never changes what is published (issue #15, point 4): on a copy of the
 * shipped content, a cold build and every later build — with nothing changed, after cache
 * files (pages, share images, the search index) were truncated or altered, with the cache
 * folder unusable or missing, and two builds started at once in the same folder — give
 * byte-identical dist/ trees.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildCacheDir, fallbackCacheDir } from '../../src/lib/site/cache-dir.ts';
import { listFiles } from '../support/html.ts';
import { copyProject, leftovers, removeProject, runBuild, runShell, type BuildResult } from '../support/project.ts';

const root = copyProject();
afterAll(() => {
  rmSync(fallbackCacheDir(root), { recursive: true, force: true });
  removeProject(root);
});
const cacheDir = buildCacheDir(root, {});
const cachedOutput = join(cacheDir, 'astro', 'dist');
const cachedIndex = join(cacheDir, 'pagefind', 'files');

/** Every file of dist/ with the SHA-256 of its bytes. */
function tree(): Record<string, string> {
  const dist = join(root, 'dist');
  return Object.fromEntries(
    listFiles(dist)
      .sort()
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(join(dist, file)))
          .digest('hex'),
      ]),
  );
}

/** Paths whose bytes differ between two trees (or that only one has). */
function differences(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((file) => a[file] !== b[file]);
}

const expectBuilt = (result: BuildResult) => expect(result.code, result.output.slice(-3000)).toBe(0);

describe('scripts/build.ts with the build cache', () => {
  let cold: Record<string, string> = {};

  test('a cold build and a rebuild with nothing changed give the same dist/', async () => {
    expectBuilt(await runBuild(root));
    cold = tree();
    expect(Object.keys(cold).length).toBeGreaterThan(100);
    const again = await runBuild(root);
    expectBuilt(again);
    expect(again.output).toMatch(/\((restored|cached)\)/);
    expect(again.output).toContain('unchanged pages: copied from the build cache');
    expect(differences(cold, tree())).toEqual([]);
  });

  test('a truncated or altered cache file is rendered again, never published', async () => {
    const files = listFiles(cachedOutput);
    const image = files.find((f) => f.startsWith('chia-se/') && f.endsWith('.jpg'));
    const page = files.find((f) => f.startsWith('guong-sang/') && f.endsWith('.html'));
    expect(image && page, 'a cached share image and story page').toBeTruthy();
    if (!image || !page) return;
    truncateSync(join(cachedOutput, image), 1000);
    const indexFile = listFiles(cachedIndex).find((f) => f.endsWith('.pf_meta'));
    expect(indexFile, 'a cached search index').toBeTruthy();
    truncateSync(join(cachedIndex, indexFile ?? ''), 10);
    const html = readFileSync(join(cachedOutput, page), 'utf8');
    writeFileSync(join(cachedOutput, page), html.replace('</h1>', ' (sửa tay)</h1>'));
    const result = await runBuild(root);
    expectBuilt(result);
    expect(result.output).toMatch(/2 damaged file\(s\) removed from astro\//);
    expect(result.output).toMatch(/1 damaged file\(s\) removed from pagefind\//);
    expect(result.output).not.toContain('copied from the build cache');
    expect(differences(cold, tree())).toEqual([]);
    // And the cache holds the good files again.
    expect(readFileSync(join(cachedOutput, page), 'utf8')).toBe(readFileSync(join(root, 'dist', page), 'utf8'));
  });

  test('a build whose cache folder cannot be written still succeeds, with a temporary cache', async () => {
    writeFileSync(join(root, 'not-a-folder'), '');
    const result = await runShell(root, `"${process.execPath}" scripts/build.ts`, {
      GUONG_SANG_CACHE_DIR: 'not-a-folder/cache',
    });
    expectBuilt(result);
    expect(result.output).toContain('is not usable');
    expect(existsSync(join(fallbackCacheDir(root), 'astro'))).toBe(true);
    expect(differences(cold, tree())).toEqual([]);
  });

  test('two builds started at once in one folder, with the cache folder missing, both publish the same dist/', async () => {
    rmSync(cacheDir, { recursive: true, force: true });
    const [first, second] = await Promise.all([runBuild(root), runBuild(root)]);
    expectBuilt(first);
    expectBuilt(second);
    expect(`${first.output}\n${second.output}`).toContain('waiting for it to finish');
    expect(differences(cold, tree())).toEqual([]);
    expect(leftovers(root, ['.dist-'])).toEqual([]);
    expect(readdirSync(cachedOutput).length).toBeGreaterThan(0);
  });
});
