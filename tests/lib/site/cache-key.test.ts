import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cacheKey, fileStamp } from '../../../src/lib/site/cache-key.ts';

const dir = mkdtempSync(join(tmpdir(), 'cache-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cacheKey', () => {
  test('is the same for equal parts, built separately', () => {
    expect(cacheKey('a', { title: 'Gương sáng', n: 1 }, [1, 2])).toBe(
      cacheKey('a', { title: 'Gương sáng', n: 1 }, [1, 2]),
    );
  });

  test('changes when any part changes, however deep', () => {
    const base = cacheKey('settings', { story: { title: 'Bà Hoa', awards: [{ n: '37/QĐ-UBND' }] } });
    expect(cacheKey('settings', { story: { title: 'Bà Hòa', awards: [{ n: '37/QĐ-UBND' }] } })).not.toBe(base);
    expect(cacheKey('settings', { story: { title: 'Bà Hoa', awards: [{ n: '38/QĐ-UBND' }] } })).not.toBe(base);
    expect(cacheKey('settings2', { story: { title: 'Bà Hoa', awards: [{ n: '37/QĐ-UBND' }] } })).not.toBe(base);
  });

  test('tells parts apart by position, and a missing value from an absent one', () => {
    expect(cacheKey('ab', 'c')).not.toBe(cacheKey('a', 'bc'));
    expect(cacheKey([undefined])).not.toBe(cacheKey([]));
  });
});

describe('fileStamp', () => {
  test('changes when a file is replaced under the same name', () => {
    const file = join(dir, 'photo.jpg');
    writeFileSync(file, 'one');
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    const first = fileStamp(file);
    writeFileSync(file, 'other');
    utimesSync(file, 1_700_000_100, 1_700_000_100);
    expect(fileStamp(file)).not.toBe(first);
  });

  test('is empty for no file or a missing one', () => {
    expect(fileStamp(undefined)).toBe('');
    expect(fileStamp(join(dir, 'missing.jpg'))).toBe('');
  });
});
