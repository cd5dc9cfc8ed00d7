import { describe, expect, test } from 'vitest';
import {
  docNumberSlug,
  foldDocNumber,
  isValidDocNumber,
  numberProblems,
  parseDocNumber,
} from '../../../src/lib/legal/doc-number.ts';

describe('isValidDocNumber', () => {
  test.each([
    '06/2022/QH15',
    '98/2023/NĐ-CP',
    '11/2024/QĐ-UBND',
    '152/2025/NĐ-CP',
    '26/2020/TT-BTTTT',
    '08/KH-UBND',
    '3424/QĐ-UBND',
    '297/KH-UBND',
    '15/2020/QĐ-TTg',
  ])('accepts %s', (value) => {
    expect(isValidDocNumber(value)).toBe(true);
  });

  test.each([
    ['8/KH-UBND', 'numbers under 10 need a leading zero'],
    ['98/2023/ND CP', 'a space inside the symbol'],
    ['98-2023-NĐ-CP', 'hyphens instead of slashes'],
    ['98/23/NĐ-CP', 'a two-digit year'],
    ['KH-UBND', 'no number'],
    ['08/kh-ubnd', 'a lower-case symbol'],
    ['', 'nothing'],
  ])('rejects %s (%s)', (value) => {
    expect(isValidDocNumber(value)).toBe(false);
  });
});

describe('docNumberSlug', () => {
  test('makes an ASCII path segment with đ folded', () => {
    expect(docNumberSlug('98/2023/NĐ-CP')).toBe('98-2023-nd-cp');
    expect(docNumberSlug('08/KH-UBND')).toBe('08-kh-ubnd');
  });
});

describe('parseDocNumber', () => {
  test('splits a normative number into number, year and symbol', () => {
    expect(parseDocNumber('06/2022/QH15')).toEqual({ number: '06', year: 2022, symbol: 'QH15' });
  });

  test('splits an administrative number without a year', () => {
    expect(parseDocNumber('3424/QĐ-UBND')).toEqual({ number: '3424', symbol: 'QĐ-UBND' });
  });

  test('returns undefined for a malformed number', () => {
    expect(parseDocNumber('8/KH-UBND')).toBeUndefined();
  });
});

describe('foldDocNumber', () => {
  test('folds đ and case so typed numbers match stored ones', () => {
    expect(foldDocNumber('98/2023/NĐ-CP')).toBe(foldDocNumber('98/2023/nd-cp'));
  });
});

describe('numberProblems', () => {
  test('accepts the numbers of the shipped documents', () => {
    expect(numberProblems('06/2022/QH15', 'luat', '2022-06-15')).toEqual([]);
    expect(numberProblems('98/2023/NĐ-CP', 'nghi-dinh', '2023-12-31')).toEqual([]);
    expect(numberProblems('11/2024/QĐ-UBND', 'quyet-dinh', '2024-04-25')).toEqual([]);
    expect(numberProblems('3424/QĐ-UBND', 'quyet-dinh', '2024-08-13')).toEqual([]);
    expect(numberProblems('08/KH-UBND', 'ke-hoach', '2025-01-13')).toEqual([]);
    expect(numberProblems('245/UBND-VP', 'cong-van', '2025-02-01')).toEqual([]);
  });
  test('names a symbol that does not fit, a missing or extra year, and a year other than the year of issue', () => {
    expect(numberProblems('98/2023/ND-CP', 'nghi-dinh', '2023-12-31')).toEqual([
      { kind: 'symbol', example: '98/2023/NĐ-CP' },
    ]);
    expect(numberProblems('98/NĐ-CP', 'nghi-dinh', '2023-12-31')).toEqual([
      { kind: 'year-missing', example: '98/2023/NĐ-CP' },
    ]);
    expect(numberProblems('08/2025/KH-UBND', 'ke-hoach', '2025-01-13')).toEqual([
      { kind: 'year-extra', example: '08/KH-UBND' },
    ]);
    expect(numberProblems('98/2023/NĐ-CP', 'nghi-dinh', '2024-01-01')).toEqual([
      { kind: 'year-differs', year: 2023, issuedYear: 2024 },
    ]);
  });
  test('says nothing for a malformed number (the format check reports it) or a type without a rule', () => {
    expect(numberProblems('8/KH-UBND', 'ke-hoach', '2025-01-13')).toEqual([]);
    expect(numberProblems('08/KH-UBND', 'khac', '2025-01-13')).toEqual([]);
  });
});
