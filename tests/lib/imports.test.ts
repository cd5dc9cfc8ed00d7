import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * src/lib is the bottom layer: pure domain rules and data. It is free of presentation (it
 * returns codes and values, and the caller words them with t()), so no module under src/lib/
 * imports src/i18n/; the schemas build on it (patterns, option lists, dates), so no module
 * under src/lib/ imports src/schemas/; and the content pipeline (src/content-pipeline/), which
 * joins schemas, rules and words, sits above all three, so neither lib, the schemas nor the
 * strings import it. The scan reads every import and export specifier (static and dynamic)
 * and resolves it against the importing file.
 */
const root = resolve(import.meta.dirname, '../..');
const lib = join(root, 'src/lib');

/** The layers below the content pipeline, and what each of them may not import. */
const LAYERS: { dir: string; forbidden: string[] }[] = [
  { dir: 'src/lib', forbidden: ['src/i18n/', 'src/schemas/', 'src/content-pipeline/'] },
  // The declarations (fields.ts and one file per collection) are words-free; to-zod.ts and
  // to-decap.ts word the labels and messages they hand Astro and Decap.
  { dir: 'src/schemas', forbidden: ['src/content-pipeline/'] },
  { dir: 'src/i18n', forbidden: ['src/content-pipeline/'] },
];

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? tsFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

/** The files a module imports from, resolved; package imports stay as written. */
export function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [
    ...source.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g),
    ...source.matchAll(/(?:^|\s)import\s*['"]([^'"]+)['"]/g),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? '');
  return specifiers.map((s) => (s.startsWith('.') ? relative(root, resolve(file, '..', s)) : s));
}

describe('layers import only downwards', () => {
  test('the scan sees the imports of a module', () => {
    expect(importsOf(join(lib, 'site/browse-lists.ts'))).toContain('src/lib/site/paths.ts');
    expect(importsOf(join(root, 'src/content-pipeline/check.ts'))).toContain('src/schemas/index.ts');
  });

  for (const { dir, forbidden } of LAYERS) {
    describe(dir, () => {
      test.each(tsFiles(join(root, dir)).map((f) => relative(root, f)))('%s', (file) => {
        const upward = importsOf(join(root, file)).filter((target) => forbidden.some((f) => target.startsWith(f)));
        expect(upward).toEqual([]);
      });
    });
  }
});
