import { describe, expect, test } from 'vitest';
import { hasMarks, normalizeQuery, planQuery, queryTerms } from '../../../src/lib/search/query.ts';

describe('normalizeQuery', () => {
  test('collapses spaces and trims', () => {
    expect(normalizeQuery('  thi   dua \n')).toBe('thi dua');
  });

  test('joins a number typed with spaces', () => {
    expect(normalizeQuery('98 / 2023 / NĐ - CP')).toBe('98/2023/NĐ-CP');
    expect(normalizeQuery('08 / KH - UBND')).toBe('08/KH-UBND');
  });

  test('does not join words around a dash outside a number', () => {
    expect(normalizeQuery('Hội đồng Thi đua - khen thưởng')).toBe('Hội đồng Thi đua - khen thưởng');
  });

  test('replaces look-alike letters, slashes and dashes', () => {
    expect(normalizeQuery('98∕2023∕NÐ–CP')).toBe('98/2023/NĐ-CP');
  });

  test('drops "số" before a number', () => {
    expect(normalizeQuery('Nghị định số 98/2023/NĐ-CP')).toBe('Nghị định 98/2023/NĐ-CP');
    expect(normalizeQuery('so 08/KH-UBND')).toBe('08/KH-UBND');
  });

  test('keeps "số" that is not before a document number', () => {
    expect(normalizeQuery('tổ dân phố số 3, con số')).toBe('tổ dân phố số 3, con số');
  });

  test('composes decomposed input', () => {
    expect(normalizeQuery('thi đua'.normalize('NFD'))).toBe('thi đua');
  });
});

describe('hasMarks', () => {
  test('sees tone marks, vowel marks and đ', () => {
    expect(hasMarks('người')).toBe(true);
    expect(hasMarks('thi đua')).toBe(true);
    expect(hasMarks('thi dua 98/2023')).toBe(false);
  });
});

describe('queryTerms', () => {
  test('folds each word and keeps letters and digits', () => {
    expect(queryTerms('Thi đua 98/2023/NĐ-CP')).toEqual(['thi', 'dua', '982023ndcp']);
  });
});

describe('planQuery', () => {
  test('asks for exact marks first only when the query has marks', () => {
    expect(planQuery('thi đua').exactFirst).toBe(true);
    expect(planQuery('thi dua').exactFirst).toBe(false);
  });

  test('names the anchor of an article typed with or without marks', () => {
    expect(planQuery('Điều 80').anchor).toBe('dieu-80');
    expect(planQuery('dieu 80 khoan 3').anchor).toBe('dieu-80-khoan-3');
    expect(planQuery('thi dua').anchor).toBeUndefined();
  });

  test('sees a document number', () => {
    expect(planQuery('98/2023').docNumber).toBe(true);
    expect(planQuery('nd 98').docNumber).toBe(true);
    expect(planQuery('người tốt việc tốt').docNumber).toBe(false);
  });
});
