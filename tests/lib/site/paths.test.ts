import { describe, test, expect } from 'vitest';
import { paths } from '../../../src/lib/site/paths.ts';

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
