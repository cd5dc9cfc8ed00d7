import { describe, test, expect } from 'vitest';
import { HONOREE_FACETS, HONOREE_RESERVED_IDS, paths } from '../../../src/lib/site/paths.ts';

describe('paths', () => {
  test('builds ASCII detail paths with a trailing slash', () => {
    expect(paths.honoree('ba-hoa')).toBe('/guong-sang/ba-hoa/');
    expect(paths.campaign('dan-van-kheo')).toBe('/phong-trao/dan-van-kheo/');
    expect(paths.documentByNumber('98/2023/NĐ-CP')).toBe('/van-ban/98-2023-nd-cp/');
  });
  test('puts page 1 of the stories at the list itself', () => {
    expect(paths.honoreesPage(1)).toBe('/guong-sang/');
    expect(paths.honoreesPage(2)).toBe('/guong-sang/trang/2/');
  });
  test('puts the ways of browsing stories under /guong-sang/<facet>/<value>/, paginated like the list', () => {
    expect(paths.honoreeFacetIndex('to-dan-pho')).toBe('/guong-sang/to-dan-pho/');
    expect(paths.honoreeFacet('to-dan-pho', 'tdp-3')).toBe('/guong-sang/to-dan-pho/tdp-3/');
    expect(paths.honoreeFacet('nam', '2025', 1)).toBe('/guong-sang/nam/2025/');
    expect(paths.honoreeFacet('phong-trao', 'tdp-xanh', 2)).toBe('/guong-sang/phong-trao/tdp-xanh/trang/2/');
    for (const facet of HONOREE_FACETS) expect(HONOREE_RESERVED_IDS).toContain(facet);
    expect(HONOREE_RESERVED_IDS).toContain('trang');
  });
  test('names feeds and share images', () => {
    expect(paths.rss).toBe('/rss.xml');
    expect([paths.honoreesRss, paths.campaignsRss, paths.documentsRss]).toEqual([
      '/guong-sang/rss.xml',
      '/phong-trao/rss.xml',
      '/van-ban/rss.xml',
    ]);
    expect(paths.shareImage('guong-sang', 'ba-hoa')).toBe('/chia-se/guong-sang/ba-hoa.jpg');
  });
  test('roots public files at /', () => {
    expect(paths.publicFile('files/a.pdf')).toBe('/files/a.pdf');
    expect(paths.publicFile('/files/a.pdf')).toBe('/files/a.pdf');
  });
  test('puts radio scripts, their .txt and bulletins under /phat-thanh/', () => {
    expect(paths.radioScript('van-ban', '08-kh-ubnd')).toBe('/phat-thanh/van-ban/08-kh-ubnd/');
    expect(paths.radioScriptTxt('guong-sang', 'ba-hoa')).toBe('/phat-thanh/guong-sang/ba-hoa.txt');
    expect(paths.bulletin('2025-07-28-chieu')).toBe('/phat-thanh/ban-tin/2025-07-28-chieu/');
    expect(paths.bulletinTxt('2025-07-28-chieu')).toBe('/phat-thanh/ban-tin/2025-07-28-chieu.txt');
  });
});
