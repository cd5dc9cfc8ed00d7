import { describe, expect, test } from 'vitest';
import { indexTagOf, retagSearchPage } from '../../../src/lib/search/index-files.ts';

/** The parts of /tim-kiem/ that carry the index tag, as Astro renders them. */
const page = (tag: string) =>
  `<script data-search-worker data-pagefind="/pagefind/pagefind.js" data-options="{&quot;basePath&quot;:&quot;/pagefind/&quot;,&quot;noWorker&quot;:true,&quot;metaCacheTag&quot;:&quot;${tag}&quot;}" data-files="/pagefind/pagefind-entry.json?ts=${tag} /pagefind/wasm.unknown.pagefind"></script>` +
  `<p>Tìm kiếm mxav6vhw</p><div id="search-app" data-index-tag="${tag}"></div>`;

describe('indexTagOf', () => {
  test('is the same for the same files and changes with any of them', () => {
    const a = Buffer.from('{"version":"1.6.0","languages":{"vi":{"hash":"vi_94da"}}}');
    const b = Buffer.from('[1,2,3]');
    expect(indexTagOf([a, b])).toBe(indexTagOf([Buffer.from(a), Buffer.from(b)]));
    expect(indexTagOf([a, b])).not.toBe(indexTagOf([a, Buffer.from('[1,2,4]')]));
    expect(indexTagOf([a, b])).not.toBe(indexTagOf([b, a]));
    expect(indexTagOf([a, b])).toMatch(/^[0-9a-z]+$/);
  });
});

describe('retagSearchPage', () => {
  test('replaces the tag in the entry address, the Pagefind options and the app, and nowhere else', () => {
    const html = retagSearchPage(page('mxav6vhw'), 'abc123');
    expect(html).toBe(page('abc123').replace('Tìm kiếm abc123', 'Tìm kiếm mxav6vhw'));
  });

  test('gives the same page for two builds whatever their clock tag', () => {
    expect(retagSearchPage(page('mxav6vhw'), 'k')).toBe(retagSearchPage(page('mxav7aph'), 'k'));
  });

  test('leaves a page without a tag as it is', () => {
    expect(retagSearchPage('<p>no tag</p>', 'k')).toBe('<p>no tag</p>');
  });
});
