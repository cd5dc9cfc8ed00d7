import { describe, expect, test } from 'vitest';
import { docNumberVariants, lookupDocuments, parseLookupQuery, symbolTokens } from '../../../src/lib/legal/lookup.ts';

const entries = [
  {
    id: '06-2022-qh15',
    number: '06/2022/QH15',
    title: 'Luật Thi đua, khen thưởng',
    type: 'luat',
    issued: '2022-06-15',
    anchors: ['dieu-80', 'dieu-80-khoan-2', 'dieu-80-khoan-3'],
  },
  {
    id: '98-2023-nd-cp',
    number: '98/2023/NĐ-CP',
    title: 'Nghị định chi tiết',
    type: 'nghi-dinh',
    issued: '2023-12-31',
    anchors: ['dieu-54'],
  },
  {
    id: '86-2023-nd-cp',
    number: '86/2023/NĐ-CP',
    title: 'Nghị định khung tiêu chuẩn',
    type: 'nghi-dinh',
    issued: '2023-12-07',
    anchors: [],
  },
  {
    id: '08-kh-ubnd',
    number: '08/KH-UBND',
    title: 'Kế hoạch 2025',
    type: 'ke-hoach',
    issued: '2025-01-13',
    anchors: ['muc-ii', 'muc-ii-1'],
  },
  {
    id: '98-qd-ubnd',
    number: '98/QĐ-UBND',
    title: 'Quyết định 98',
    type: 'quyet-dinh',
    issued: '2024-03-01',
    anchors: [],
  },
];
const ids = (q: string) => lookupDocuments(q, entries).map((m) => m.entry.id);

describe('lookupDocuments', () => {
  test.each([
    ['98/2023', ['98-2023-nd-cp']],
    ['98/2023/NĐ-CP', ['98-2023-nd-cp']],
    ['98/2023/ND-CP', ['98-2023-nd-cp']],
    ['98/2023/nđ-cp', ['98-2023-nd-cp']],
    ['nd 98', ['98-2023-nd-cp']],
    ['NĐ 98', ['98-2023-nd-cp']],
    ['98 nđ-cp', ['98-2023-nd-cp']],
    ['nghị định 98', ['98-2023-nd-cp']],
    ['nghi dinh so 98', ['98-2023-nd-cp']],
    ['qd 98', ['98-qd-ubnd']],
    ['08/KH-UBND', ['08-kh-ubnd']],
    ['8/kh-ubnd', ['08-kh-ubnd']],
    ['kh 8', ['08-kh-ubnd']],
    ['kế hoạch số 08', ['08-kh-ubnd']],
    ['06/2022/QH15', ['06-2022-qh15']],
    ['luật 06/2022', ['06-2022-qh15']],
    ['  6/2022 ', ['06-2022-qh15']],
  ])('"%s" finds %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  test('a bare number lists every document with it, the one with the right symbol first when given', () => {
    expect(ids('98').sort()).toEqual(['98-2023-nd-cp', '98-qd-ubnd']);
    expect(ids('98/2023/QĐ-UBND')).toEqual([]);
    expect(ids('98/2022')).toEqual([]);
  });

  test('ignores words that are part of no symbol', () => {
    expect(ids('nghị định 98 về thi đua')).toEqual(['98-2023-nd-cp']);
  });

  test('finds nothing for words alone or an unknown number', () => {
    expect(ids('thi đua khen thưởng')).toEqual([]);
    expect(ids('12/2024')).toEqual([]);
    expect(ids('')).toEqual([]);
  });

  test('carries an article, clause or point, in either order, and says whether the document has it', () => {
    const [match] = lookupDocuments('luật 06/2022 điều 80 khoản 3', entries);
    expect(match).toMatchObject({ anchor: 'dieu-80-khoan-3', anchorFound: true });
    expect(lookupDocuments('khoản 3 Điều 80 luật 06/2022', entries)[0]?.anchor).toBe('dieu-80-khoan-3');
    expect(lookupDocuments('nd 98 dieu 54', entries)[0]).toMatchObject({ anchor: 'dieu-54', anchorFound: true });
    expect(lookupDocuments('nd 98 điều 99', entries)[0]).toMatchObject({ anchor: 'dieu-99', anchorFound: false });
  });

  test('finds the documents that have an article when no number is given', () => {
    expect(ids('Điều 80 khoản 3')).toEqual(['06-2022-qh15']);
    expect(ids('dieu 54')).toEqual(['98-2023-nd-cp']);
    expect(ids('mục II.1')).toEqual(['08-kh-ubnd']);
    expect(ids('Điều 7')).toEqual([]);
  });
});

describe('parseLookupQuery', () => {
  test('splits number, year, symbol, type and anchor', () => {
    expect(parseLookupQuery('Nghị định số 98/2023/NĐ-CP điểm a khoản 2 Điều 24')).toEqual({
      number: 98,
      year: 2023,
      symbol: ['nd', 'cp'],
      type: 'nghi-dinh',
      anchor: 'dieu-24-khoan-2-diem-a',
    });
    expect(parseLookupQuery('điểm đ khoản 1 điều 5a').anchor).toBe('dieu-5a-khoan-1-diem-dd');
    expect(parseLookupQuery('98 2023')).toMatchObject({ number: 98, year: 2023 });
  });
});

describe('symbolTokens', () => {
  test('folds and splits a symbol', () => {
    expect(symbolTokens('NĐ-CP')).toEqual(['nd', 'cp']);
    expect(symbolTokens('QĐ-UBND')).toEqual(['qd', 'ubnd']);
  });
});

describe('docNumberVariants', () => {
  test('lists the forms people type, with and without diacritics and leading zeros', () => {
    const variants = docNumberVariants('98/2023/NĐ-CP', 'Nghị định');
    for (const v of [
      '98/2023/NĐ-CP',
      '98/2023/ND-CP',
      '98/2023',
      'NĐ 98',
      'ND 98',
      'ND98',
      'Nghị định 98',
      'Nghi dinh 98',
    ])
      expect(variants).toContain(v);
    const plan = docNumberVariants('08/KH-UBND', 'Kế hoạch');
    for (const v of ['08/KH-UBND', '8/KH-UBND', 'KH 8', 'KH 08', 'Kế hoạch 8']) expect(plan).toContain(v);
    expect(new Set(variants).size).toBe(variants.length);
  });
  test('returns a malformed number as it is', () => {
    expect(docNumberVariants('không số')).toEqual(['không số']);
  });
});
