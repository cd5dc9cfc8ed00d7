import { describe, expect, test } from 'vitest';
import { astroCacheDir, buildCacheDir, CACHE_DIR_ENV } from '../../../src/lib/site/cache-dir.ts';

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
