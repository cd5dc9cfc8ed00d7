import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  astroCacheDir,
  buildCacheDir,
  CACHE_DIR_ENV,
  fallbackCacheDir,
  isWritableDir,
} from '../../../src/lib/site/cache-dir.ts';

describe('buildCacheDir', () => {
  test('defaults to node_modules/.cache/guong-sang under the project', () => {
    expect(buildCacheDir('/srv/ward', {})).toBe('/srv/ward/node_modules/.cache/guong-sang');
  });

  test('follows GUONG_SANG_CACHE_DIR, relative to the project or absolute', () => {
    expect(buildCacheDir('/srv/ward', { [CACHE_DIR_ENV]: '.cache/site' })).toBe('/srv/ward/.cache/site');
    expect(buildCacheDir('/srv/ward', { [CACHE_DIR_ENV]: '/var/cache/gs' })).toBe('/var/cache/gs');
  });

  test('ignores a blank GUONG_SANG_CACHE_DIR', () => {
    expect(buildCacheDir('/srv/ward', { [CACHE_DIR_ENV]: '  ' })).toBe('/srv/ward/node_modules/.cache/guong-sang');
  });
});

describe('astroCacheDir', () => {
  test('is a folder inside the build cache', () => {
    expect(astroCacheDir('/srv/ward', { [CACHE_DIR_ENV]: '/var/cache/gs' })).toBe('/var/cache/gs/astro');
  });
});

describe('isWritableDir', () => {
  test('makes a missing folder and says it can be written', () => {
    const base = mkdtempSync(join(tmpdir(), 'cache-dir-'));
    try {
      expect(isWritableDir(join(base, 'a', 'b'))).toBe(true);
      expect(readdirSync(join(base, 'a', 'b'))).toEqual([]);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  test('says no for a folder that cannot be made (a file stands in its path)', () => {
    const base = mkdtempSync(join(tmpdir(), 'cache-dir-'));
    try {
      writeFileSync(join(base, 'file'), '');
      expect(isWritableDir(join(base, 'file', 'cache'))).toBe(false);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

describe('fallbackCacheDir', () => {
  test('is one folder per project in the temporary directory', () => {
    expect(fallbackCacheDir('/srv/ward')).toBe(fallbackCacheDir('/srv/ward/'));
    expect(fallbackCacheDir('/srv/ward')).not.toBe(fallbackCacheDir('/srv/other'));
    expect(fallbackCacheDir('/srv/ward').startsWith(tmpdir())).toBe(true);
  });
});
