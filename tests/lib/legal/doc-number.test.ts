import { describe, expect, test } from 'vitest';
import { docNumberSlug, foldDocNumber, isValidDocNumber, parseDocNumber } from '../../../src/lib/legal/doc-number.ts';

describe('isValidDocNumber', () => {
  test.each(['06/2022/QH15', '98/2023/NĐ-CP', '11/2024/QĐ-UBND', '152/2025/NĐ-CP', '26/2020/TT-BTTTT', '08/KH-UBND', '3424/QĐ-UBND', '297/KH-UBND', '15/2020/QĐ-TTg'])(
    'accepts %s',
    (value) => {
      expect(isValidDocNumber(value)).toBe(true);
    },
  );

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
