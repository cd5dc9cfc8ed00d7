import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { sealCache, sealFileOf, verifyCache, writeAtomically } from '../../../src/lib/site/cache-integrity.ts';

let base: string;
let dir: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'cache-integrity-'));
  dir = join(base, 'astro');
  mkdirSync(join(dir, 'dist', 'chia-se'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'chia-se', 'a.jpg'), Buffer.alloc(4096, 7));
  writeFileSync(join(dir, 'dist', 'index.html'), '<h1>Gương sáng</h1>');
  writeFileSync(join(dir, 'incremental-build.json'), '{"version":1}');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('sealCache', () => {
  test('writes the seal next to the folder, covering every file in it', () => {
    expect(sealCache(dir)).toBe(3);
    const seal = JSON.parse(readFileSync(sealFileOf(dir), 'utf8')) as { files: Record<string, { size: number }> };
    expect(Object.keys(seal.files).sort()).toEqual(['dist/chia-se/a.jpg', 'dist/index.html', 'incremental-build.json']);
    expect(seal.files['dist/chia-se/a.jpg']?.size).toBe(4096);
    expect(sealFileOf(dir)).toBe(join(base, 'astro.seal.json'));
  });
});

describe('verifyCache', () => {
  test('keeps every file of a sealed folder that was not touched', () => {
    sealCache(dir);
    const result = verifyCache(dir);
    expect(result.removed).toEqual([]);
    expect(result.reset).toBe(false);
    expect([...result.verified.keys()].sort()).toEqual([
      'dist/chia-se/a.jpg',
      'dist/index.html',
      'incremental-build.json',
    ]);
  });

  test('deletes a truncated file and keeps the others', () => {
    sealCache(dir);
    truncateSync(join(dir, 'dist', 'chia-se', 'a.jpg'), 100);
    const result = verifyCache(dir);
    expect(result.removed).toEqual(['dist/chia-se/a.jpg']);
    expect(existsSync(join(dir, 'dist', 'chia-se', 'a.jpg'))).toBe(false);
    expect(existsSync(join(dir, 'dist', 'index.html'))).toBe(true);
  });

  test('deletes a file altered without changing its size', () => {
    sealCache(dir);
    writeFileSync(join(dir, 'dist', 'index.html'), '<h1>Gương tối</h1>');
    expect(verifyCache(dir).removed).toEqual(['dist/index.html']);
  });

  test('deletes a file the seal does not know (written by a build that did not finish)', () => {
    sealCache(dir);
    writeFileSync(join(dir, 'dist', 'new.html'), 'half');
    expect(verifyCache(dir).removed).toEqual(['dist/new.html']);
  });

  test('empties the folder when the seal is missing or unreadable', () => {
    writeFileSync(sealFileOf(dir), '{"version":1,"files":');
    const result = verifyCache(dir);
    expect(result.reset).toBe(true);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    expect(existsSync(join(dir, 'incremental-build.json'))).toBe(false);
    expect(existsSync(dir)).toBe(true);
  });

  test('accepts a missing or empty folder', () => {
    rmSync(dir, { recursive: true });
    expect(verifyCache(dir)).toEqual({ verified: new Map(), removed: [], reset: false });
  });

  test('a seal made from verified digests still detects a file changed after the check', () => {
    sealCache(dir);
    const { verified } = verifyCache(dir);
    writeFileSync(join(dir, 'dist', 'index.html'), '<h1>Trang mới dài hơn</h1>');
    sealCache(dir, verified);
    expect(verifyCache(dir).removed).toEqual([]);
    truncateSync(join(dir, 'dist', 'index.html'), 3);
    expect(verifyCache(dir).removed).toEqual(['dist/index.html']);
  });
});

describe('writeAtomically', () => {
  test('replaces the file whole and leaves no temporary file', () => {
    const file = join(base, 'seal.json');
    writeAtomically(file, 'one');
    writeAtomically(file, 'two');
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(existsSync(`${file}.${process.pid}.tmp`)).toBe(false);
  });
});
