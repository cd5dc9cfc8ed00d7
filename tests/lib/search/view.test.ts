import { describe, expect, test } from 'vitest';
import { documentFacts, resultView, type PagefindData } from '../../../src/lib/search/view.ts';

const content =
  '06/2022/QH15: Luật Thi đua, 〔dua〕 khen thưởng 〖ND 98〗 Mở đầu. Điều 〔Dieu〕 80. Thẩm quyền. Chủ tịch tặng Giấy khen. Điều 〔Dieu〕 81. Khác.';
const words = content.split(' ');
const loc = (word: string, from = 0) => words.indexOf(word, from);

const data: PagefindData = {
  url: '/van-ban/06-2022-qh15/',
  content,
  meta: {
    title: '06/2022/QH15: Luật Thi đua 〔dua〕, khen thưởng',
    ngay: '2022-06-15',
    'so-hieu': '06/2022/QH15',
    'loai-id': 'luat',
  },
  filters: { 'chuyen-muc': ['Văn bản'] },
  anchors: [
    { element: 'div', id: 'dieu-80', title: 'Điều 80. Thẩm quyền', location: loc('Điều') },
    { element: 'div', id: 'dieu-81', title: 'Điều 81. Khác', location: loc('Điều', loc('Điều') + 1) },
    { element: 'div', id: 'no-title', location: 2 },
  ],
  locations: [loc('〔Dieu〕'), loc('80.')],
  sub_results: [
    {
      title: 'Điều 80. Thẩm quyền',
      url: '/van-ban/06-2022-qh15/#dieu-80',
      locations: [loc('〔Dieu〕'), loc('80.')],
      anchor: { id: 'dieu-80', location: loc('Điều') },
    },
  ],
};

describe('resultView', () => {
  const view = resultView(data, {
    excerptLength: 30,
    sectionLength: 10,
    maxSections: 3,
    anchor: 'dieu-80',
    terms: ['dieu', '80'],
  });

  test('shows the title without twins, the collection and the date the Vietnamese way', () => {
    expect(view.title).toBe('06/2022/QH15: Luật Thi đua, khen thưởng');
    expect(view.collection).toBe('Văn bản');
    expect(view.date).toBe('15/06/2022');
  });

  test('marks the match in the original text', () => {
    expect(view.excerptHtml).toContain('<mark>Điều 80.</mark>');
    expect(view.excerptHtml).not.toContain('〔');
    expect(view.excerptHtml).not.toContain('ND 98');
  });

  test('links the matching article with its own excerpt, cut at the next article', () => {
    expect(view.sections).toEqual([
      {
        url: '/van-ban/06-2022-qh15/#dieu-80',
        title: 'Điều 80. Thẩm quyền',
        excerptHtml: '<mark>Điều 80.</mark> Thẩm quyền. Chủ tịch tặng Giấy khen.',
        matches: 2,
      },
    ]);
  });
});

describe('documentFacts', () => {
  test('reads a document result', () => {
    expect(documentFacts(data)).toEqual({
      number: '06/2022/QH15',
      type: 'luat',
      date: '2022-06-15',
      anchors: ['dieu-80', 'dieu-81', 'no-title'],
      title: '06/2022/QH15: Luật Thi đua, khen thưởng',
    });
  });

  test('gives nothing for other pages', () => {
    expect(documentFacts({ ...data, meta: { title: 'x' } })).toBeUndefined();
  });
});
