import { describe, expect, test } from 'vitest';
import {
  longestRun,
  mergeExactFirst,
  orderSections,
  phrasesFirst,
  pinDocuments,
  rerankByCoverage,
  type DocumentFacts,
} from '../../../src/lib/search/rank.ts';

describe('mergeExactFirst', () => {
  test('puts the exact-marks results first, then the others, each once', () => {
    const exact = [
      { id: 'b', score: 2 },
      { id: 'c', score: 1 },
    ];
    const folded = [
      { id: 'a', score: 9 },
      { id: 'b', score: 8 },
      { id: 'd', score: 1 },
    ];
    expect(mergeExactFirst(exact, folded).map((h) => h.id)).toEqual(['b', 'c', 'a', 'd']);
  });
});

interface R {
  id: string;
  doc?: DocumentFacts;
}

const doc = (number: string, type: string, anchors: string[] = []): DocumentFacts => ({
  number,
  type,
  date: '2023-12-31',
  anchors,
  title: '',
});

const results: R[] = [
  { id: 'story' },
  { id: '152', doc: doc('152/2025/NĐ-CP', 'nghi-dinh') },
  { id: '98', doc: doc('98/2023/NĐ-CP', 'nghi-dinh', ['dieu-54']) },
  { id: 'luat', doc: doc('06/2022/QH15', 'luat', ['dieu-80', 'dieu-80-khoan-3']) },
  { id: 'plan', doc: doc('08/KH-UBND', 'ke-hoach') },
];
const order = (query: string) => pinDocuments(query, results, (r) => r.doc).map((r) => r.id);

describe('pinDocuments', () => {
  test('puts the document whose number is typed first, in any common form', () => {
    for (const query of ['98/2023', '98/2023/nd-cp', '98/2023/NĐ-CP', 'nd 98', 'nghị định 98', 'NĐ98']) {
      expect(order(query)[0], query).toBe('98');
    }
    expect(order('8/KH-UBND')[0]).toBe('plan');
  });

  test('keeps the order of everything else', () => {
    expect(order('98/2023')).toEqual(['98', 'story', '152', 'luat', 'plan']);
  });

  test('puts the documents that have the article named first', () => {
    expect(order('dieu 80')[0]).toBe('luat');
    expect(order('Điều 80 khoản 3')[0]).toBe('luat');
  });

  test('leaves the order alone for words, or a bare number that names no document', () => {
    expect(order('thi đua')).toEqual(results.map((r) => r.id));
    expect(order('tổ 3')).toEqual(results.map((r) => r.id));
  });
});

describe('orderSections', () => {
  const sections = [
    { url: '/a/#relations', matches: 4 },
    { url: '/a/#dieu-8', matches: 1 },
    { url: '/a/#dieu-80-khoan-2', matches: 2 },
    { url: '/a/#dieu-80', matches: 1 },
  ];

  test('puts the section the query names first, then its parts, then the most matches', () => {
    expect(orderSections(sections, 'dieu-80', 3).map((s) => s.url)).toEqual([
      '/a/#dieu-80',
      '/a/#dieu-80-khoan-2',
      '/a/#relations',
    ]);
  });

  test('orders by matches when the query names no section', () => {
    expect(orderSections(sections, undefined, 2).map((s) => s.url)).toEqual(['/a/#relations', '/a/#dieu-80-khoan-2']);
  });
});

describe('rerankByCoverage', () => {
  const j = (
    hit: string,
    over: Partial<{ exact: boolean; terms: number; phrase: boolean; secondary: boolean }> = {},
  ) => ({
    hit,
    exact: false,
    terms: 3,
    phrase: false,
    secondary: false,
    ...over,
  });

  test('puts pages with more of the query words first, then the words as a phrase', () => {
    expect(rerankByCoverage([j('some', { terms: 2 }), j('apart'), j('together', { phrase: true })])).toEqual([
      'together',
      'apart',
      'some',
    ]);
  });

  test('keeps exact-marks results before the others', () => {
    expect(rerankByCoverage([j('folded', { terms: 3, phrase: true }), j('exact', { exact: true, terms: 1 })])).toEqual([
      'exact',
      'folded',
    ]);
  });

  test('puts a story before the radio script that repeats it', () => {
    expect(rerankByCoverage([j('script', { secondary: true, phrase: true }), j('story')])).toEqual(['story', 'script']);
  });

  test("keeps Pagefind's order otherwise", () => {
    expect(rerankByCoverage([j('a'), j('b'), j('c')])).toEqual(['a', 'b', 'c']);
  });
});

describe('longestRun', () => {
  test('counts positions that follow each other, one folded twin allowed in between', () => {
    expect(longestRun([41, 43, 44])).toBe(3);
    expect(longestRun([3, 90, 200])).toBe(1);
    expect(longestRun([])).toBe(0);
  });
});

describe('phrasesFirst', () => {
  const hit = (id: string, words: number[]) => ({ id, words });

  test('brings a page with the words as a phrase forward, keeping the rest in order', () => {
    const hits = [hit('apart', [1, 50, 99]), hit('also-apart', [2, 70]), hit('phrase', [10, 12, 13])];
    expect(phrasesFirst(hits, 3, new Set()).map((h) => h.id)).toEqual(['phrase', 'apart', 'also-apart']);
  });

  test('keeps exact-marks results first, and leaves one-word queries alone', () => {
    const hits = [hit('exact', [1, 50]), hit('phrase', [10, 11])];
    expect(phrasesFirst(hits, 2, new Set(['exact'])).map((h) => h.id)).toEqual(['exact', 'phrase']);
    expect(phrasesFirst([hit('b', [1]), hit('a', [2, 3])], 1, new Set()).map((h) => h.id)).toEqual(['b', 'a']);
  });
});
