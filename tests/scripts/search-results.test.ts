import { describe, expect, test } from 'vitest';
import { pickStrings, SEARCH_PAGE_STRINGS } from '../../src/i18n/client-strings.ts';
import { EMPTY_STATE } from '../../src/lib/search/url-state.ts';
import type { ResultView } from '../../src/lib/search/view.ts';
import { moreLoadedText, resultHtml, statusText } from '../../src/scripts/search-results.ts';
import { parseHtml, type El } from '../support/html.ts';

const strings = pickStrings(SEARCH_PAGE_STRINGS);

const view: ResultView = {
  url: '/van-ban/06-2022-qh15/',
  title: 'Luật Thi đua <khen thưởng> & "Điều 80"',
  collection: 'Văn bản',
  date: '15/06/2022',
  excerptHtml: 'Chủ tịch tặng <mark>Giấy khen</mark> &amp; bằng khen',
  sections: [
    {
      url: '/van-ban/06-2022-qh15/#dieu-80',
      title: 'Điều 80. Thẩm quyền',
      excerptHtml: '<mark>Điều</mark> 80',
      matches: 2,
    },
  ],
};

/** The elements of one result, parsed as a browser would. */
function parse(html: string): El[] {
  return parseHtml(`<ol>${html}</ol>`).filter((el) => !['html', 'head', 'body', 'ol'].includes(el.tag));
}

const byClass = (els: El[], name: string) => els.filter((el) => el.attrs['class'] === name);

describe('resultHtml', () => {
  test('a title link, the collection and date, the excerpt with its marks, the matching sections', () => {
    const els = parse(resultHtml(view, strings));
    expect(els[0]?.attrs['class']).toBe('search-result');
    const [title] = byClass(els, 'search-result__title');
    const link = els.find((el) => el.tag === 'a' && el.parent === title);
    expect(link?.attrs['href']).toBe(view.url);
    expect(link?.text).toBe(view.title);
    expect(byClass(els, 'search-result__meta').map((el) => el.text)).toEqual(['Văn bản · 15/06/2022']);
    const excerpts = byClass(els, 'search-result__excerpt');
    expect(excerpts.map((el) => el.text)).toEqual(['Chủ tịch tặng Giấy khen & bằng khen', 'Điều 80']);
    expect(els.filter((el) => el.tag === 'mark').map((el) => el.text)).toEqual(['Giấy khen', 'Điều']);
    const [sections] = byClass(els, 'search-result__sections');
    expect(sections?.attrs['aria-label']).toBe(`Phần khớp trong “${view.title}”`);
    const sectionLink = els.find((el) => el.tag === 'a' && el.parent?.parent === sections);
    expect(sectionLink?.attrs['href']).toBe('/van-ban/06-2022-qh15/#dieu-80');
    expect(sectionLink?.text).toBe('Điều 80. Thẩm quyền');
  });

  test('the title is text, never markup', () => {
    const els = parse(resultHtml({ ...view, title: '<img src=x onerror=alert(1)>' }, strings));
    expect(els.some((el) => el.tag === 'img')).toBe(false);
  });

  test('no meta line without collection or date, no section list without sections, no whitespace nodes', () => {
    const html = resultHtml({ ...view, collection: undefined, date: undefined, sections: [] }, strings);
    const els = parse(html);
    expect(byClass(els, 'search-result__meta')).toEqual([]);
    expect(els.some((el) => el.tag === 'ul')).toBe(false);
    expect(html).not.toMatch(/>\s+</);
  });

  test('the date alone when the collection is unknown', () => {
    const els = parse(resultHtml({ ...view, collection: undefined }, strings));
    expect(byClass(els, 'search-result__meta').map((el) => el.text)).toEqual(['15/06/2022']);
  });
});

describe('statusText', () => {
  const filtered = { ...EMPTY_STATE, filters: { nam: ['2024'] } };

  test('results for a query, with and without filters', () => {
    expect(statusText(strings, { ...EMPTY_STATE, q: 'thi đua' }, 3)).toBe('3 kết quả cho “thi đua”');
    expect(statusText(strings, { ...filtered, q: 'thi đua' }, 3)).toBe('3 kết quả cho “thi đua”, theo bộ lọc đã chọn');
  });

  test('no results for a query, with and without filters', () => {
    expect(statusText(strings, { ...EMPTY_STATE, q: 'xyz' }, 0)).toMatch(/^Không tìm thấy kết quả nào cho “xyz”/);
    expect(statusText(strings, { ...filtered, q: 'xyz' }, 0)).toMatch(/^Không có kết quả nào cho “xyz” với bộ lọc/);
  });

  test('filters without a query', () => {
    expect(statusText(strings, filtered, 5)).toBe('5 mục theo bộ lọc đã chọn');
    expect(statusText(strings, filtered, 0)).toMatch(/^Không có mục nào theo bộ lọc/);
  });
});

test('moreLoadedText says how many of the results are shown', () => {
  expect(moreLoadedText(strings, 20, 34)).toBe('Đã hiện 20 trên 34 kết quả.');
});
