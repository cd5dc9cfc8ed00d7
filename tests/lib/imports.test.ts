import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * src/lib is the bottom layer: pure domain rules and data. It is free of presentation (it
 * returns codes and values, and the caller words them with t()), so no module under src/lib/
 * imports src/i18n/; and the schemas build on it (patterns, option lists, dates), so no module
 * under src/lib/ imports src/schemas/. The scan reads every import and export specifier (static
 * and dynamic) and resolves it against the importing file.
 */
const root = resolve(import.meta.dirname, '../..');
const lib = join(root, 'src/lib');

/** Modules not converted yet (issue #17): these lists may only shrink. */
const NOT_YET_SCHEMAS = new Set([
  'src/lib/content/check.ts',
  'src/lib/content/example-removal.ts',
  'src/lib/content/issues.ts',
  'src/lib/content/new-ward.ts',
  'src/lib/content/new-ward-options.ts',
]);
const NOT_YET = new Set([
  'src/lib/content/check.ts',
  'src/lib/content/issues.ts',
  'src/lib/content/new-ward.ts',
  'src/lib/content/read.ts',
]);

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

describe('src/lib imports no wording', () => {
  const files = tsFiles(lib);

  test('the scan sees the imports of a module', () => {
    expect(importsOf(join(lib, 'site/browse-lists.ts'))).toContain('src/lib/site/paths.ts');
  });

  test.each(files.map((f) => relative(root, f)))('%s', (file) => {
    const wording = importsOf(join(root, file)).filter((target) => target.startsWith('src/i18n/'));
    if (NOT_YET.has(file)) expect(wording, 'converted: remove it from NOT_YET').not.toEqual([]);
    else expect(wording).toEqual([]);
  });
});

describe('src/lib imports no schemas', () => {
  test.each(tsFiles(lib).map((f) => relative(root, f)))('%s', (file) => {
    const schemas = importsOf(join(root, file)).filter((target) => target.startsWith('src/schemas/'));
    if (NOT_YET_SCHEMAS.has(file)) expect(schemas, 'converted: remove it from NOT_YET_SCHEMAS').not.toEqual([]);
    else expect(schemas).toEqual([]);
  });
});
