import { describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { inflate, isPagefindFile } from '../../../src/lib/search/inflate.ts';

/** A Pagefind index file as the build writes it: signature and data, gzipped. */
const DATA = `pagefind_dcd${'người tốt, việc tốt '.repeat(50)}`;
const stored = () => new Uint8Array(gzipSync(Buffer.from(DATA)));

describe('isPagefindFile', () => {
  test('is true for the gzipped index files', () => {
    for (const url of [
      '/pagefind/pagefind.vi_68a5b1ba93.pf_meta',
      '/pagefind/wasm.unknown.pagefind',
      '/pagefind/index/vi_3e89eae.pf_index',
      'http://localhost:4321/pagefind/filter/vi_10212b5.pf_filter',
      '/pagefind/fragment/vi_98b6246.pf_fragment',
    ]) {
      expect(isPagefindFile(url), url).toBe(true);
    }
  });

  test('is false for Pagefind’s script, its entry file and the dates file', () => {
    for (const url of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json?ts=1', '/pagefind/date-order.json']) {
      expect(isPagefindFile(url), url).toBe(false);
    }
  });
});

describe('inflate', () => {
  test('inflates a gzipped file to its signature and data', async () => {
    const { response, inflated } = await inflate(new Response(stored()));
    expect(inflated).toBe(true);
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe(DATA);
  });

  test('hands on bytes that are not gzip as they came', async () => {
    const { response, inflated } = await inflate(new Response(DATA));
    expect(inflated).toBe(false);
    expect(await response.text()).toBe(DATA);
  });

  test('hands on bytes that fail to inflate as they came', async () => {
    const broken = stored().slice(0, 30);
    const { response, inflated } = await inflate(new Response(broken));
    expect(inflated).toBe(false);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(broken);
  });

  test('leaves an error response alone', async () => {
    const missing = new Response('Not found', { status: 404 });
    const { response, inflated } = await inflate(missing);
    expect(inflated).toBe(false);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
  });
});
