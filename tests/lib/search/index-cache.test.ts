import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { indexDigest, restoreIndex, storeIndex } from '../../../src/lib/search/index-cache.ts';

let base: string;
let cache: string;
let index: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'index-cache-'));
  cache = join(base, 'cache', 'pagefind');
  index = join(base, 'dist', 'pagefind');
  mkdirSync(join(index, 'phat-thanh'), { recursive: true });
  writeFileSync(join(index, 'pagefind-entry.json'), '{"languages":{}}');
  writeFileSync(join(index, 'pagefind.vi_1.pf_meta'), Buffer.alloc(300, 1));
  writeFileSync(join(index, 'date-order.json'), '[]');
  writeFileSync(join(index, 'phat-thanh', 'pagefind-entry.json'), '{"radio":true}');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const fresh = () => {
  const dir = join(base, `dist-${Math.random().toString(36).slice(2)}`, 'pagefind');
  return dir;
};

describe('indexDigest', () => {
  test('changes with a page, its address, their order or the setup', () => {
    const of = (setup: unknown, pages: [string, string][]) => {
      const d = indexDigest(setup);
      for (const [url, html] of pages) d.add(url, html);
      return d.digest();
    };
    const pages: [string, string][] = [
      ['/a/', '<main data-pagefind-body>Gương sáng</main>'],
      ['/b/', '<main data-pagefind-body>Thi đua</main>'],
    ];
    expect(of({ v: 1 }, pages)).toBe(
      of(
        { v: 1 },
        pages.map(([u, h]) => [u, h]),
      ),
    );
    expect(of({ v: 1 }, pages)).not.toBe(of({ v: 2 }, pages));
    expect(of({ v: 1 }, pages)).not.toBe(of({ v: 1 }, [pages[0] ?? ['', ''], ['/c/', pages[1]?.[1] ?? '']]));
    expect(of({ v: 1 }, pages)).not.toBe(of({ v: 1 }, [...pages].reverse()));
    expect(of({ v: 1 }, [['/a', '/b/x']])).not.toBe(of({ v: 1 }, [['/a/b', '/x']]));
  });
});

describe('storeIndex and restoreIndex', () => {
  test('restore the stored files for the same digest, without those left out', () => {
    storeIndex(cache, 'd1', index, (file) => file.endsWith('date-order.json'));
    const target = fresh();
    expect(restoreIndex(cache, 'd1', target)).toBe(true);
    expect(readFileSync(join(target, 'pagefind.vi_1.pf_meta'))).toEqual(Buffer.alloc(300, 1));
    expect(readFileSync(join(target, 'phat-thanh', 'pagefind-entry.json'), 'utf8')).toBe('{"radio":true}');
    expect(existsSync(join(target, 'date-order.json'))).toBe(false);
  });

  test('restore nothing for another digest', () => {
    storeIndex(cache, 'd1', index);
    const target = fresh();
    expect(restoreIndex(cache, 'd2', target)).toBe(false);
    expect(existsSync(target)).toBe(false);
  });

  test('restore nothing when a file of the index is missing (removed as damaged)', () => {
    storeIndex(cache, 'd1', index);
    rmSync(join(cache, 'files', 'pagefind.vi_1.pf_meta'));
    expect(restoreIndex(cache, 'd1', fresh())).toBe(false);
  });

  test('restore nothing when there is no cache or its key is unreadable', () => {
    expect(restoreIndex(cache, 'd1', fresh())).toBe(false);
    storeIndex(cache, 'd1', index);
    writeFileSync(join(cache, 'key.json'), '{"digest":"d1","fil');
    expect(restoreIndex(cache, 'd1', fresh())).toBe(false);
  });

  test('keep only the last index stored', () => {
    storeIndex(cache, 'd1', index);
    writeFileSync(join(index, 'pagefind.vi_1.pf_meta'), 'new');
    rmSync(join(index, 'phat-thanh'), { recursive: true });
    storeIndex(cache, 'd2', index);
    expect(restoreIndex(cache, 'd1', fresh())).toBe(false);
    const target = fresh();
    expect(restoreIndex(cache, 'd2', target)).toBe(true);
    expect(readFileSync(join(target, 'pagefind.vi_1.pf_meta'), 'utf8')).toBe('new');
    expect(existsSync(join(target, 'phat-thanh'))).toBe(false);
    expect(existsSync(`${cache}.next-${process.pid}`)).toBe(false);
  });
});
