import { describe, expect, test } from 'vitest';
import {
  readDay,
  readDecimal,
  readDigits,
  readInteger,
  readMonth,
  readOrdinal,
  romanToNumber,
} from '../../../src/lib/radio/number-words.ts';

describe('readInteger', () => {
  test.each([
    ['0', 'không'],
    ['5', 'năm'],
    ['10', 'mười'],
    ['11', 'mười một'],
    ['14', 'mười bốn'],
    ['15', 'mười lăm'],
    ['20', 'hai mươi'],
    ['21', 'hai mươi mốt'],
    ['24', 'hai mươi tư'],
    ['25', 'hai mươi lăm'],
    ['55', 'năm mươi lăm'],
    ['100', 'một trăm'],
    ['101', 'một trăm linh một'],
    ['104', 'một trăm linh bốn'],
    ['105', 'một trăm linh năm'],
    ['110', 'một trăm mười'],
    ['115', 'một trăm mười lăm'],
    ['1000', 'một nghìn'],
    ['1005', 'một nghìn không trăm linh năm'],
    ['2025', 'hai nghìn không trăm hai mươi lăm'],
    ['3424', 'ba nghìn bốn trăm hai mươi tư'],
    ['1.500.000', 'một triệu năm trăm nghìn'],
    ['2005000', 'hai triệu không trăm linh năm nghìn'],
    ['1000000000', 'một tỷ'],
    ['08', 'tám'],
  ])('reads %s as "%s"', (value, words) => {
    expect(readInteger(value)).toBe(words);
  });

  test('reads a zero tens digit as "lẻ" when the setting says so', () => {
    expect(readInteger('105', { zeroTens: 'lẻ' })).toBe('một trăm lẻ năm');
  });

  test('refuses what is not a whole number', () => {
    expect(() => readInteger('12a')).toThrow(/Not a whole number/);
  });
});

describe('readDecimal', () => {
  test.each([
    ['0,3', 'không phẩy ba'],
    ['12,5', 'mười hai phẩy năm'],
    ['1,0', 'một phẩy không'],
    ['0,05', 'không phẩy không năm'],
    ['2,25', 'hai phẩy hai mươi lăm'],
  ])('reads %s as "%s"', (value, words) => {
    expect(readDecimal(value)).toBe(words);
  });
});

describe('readDigits', () => {
  test('reads a telephone number digit by digit', () => {
    expect(readDigits('0221 385')).toBe('không hai hai một ba tám năm');
  });
});

describe('readOrdinal', () => {
  test.each([
    [1, 'nhất'],
    [2, 'hai'],
    [4, 'tư'],
    [10, 'mười'],
    [14, 'mười bốn'],
  ])('reads thứ %i as "thứ %s"', (n, words) => {
    expect(readOrdinal(n)).toBe(words);
  });
});

describe('readMonth and readDay', () => {
  test('reads months with "tư" for April', () => {
    expect([1, 4, 11, 12].map((m) => readMonth(m))).toEqual(['một', 'tư', 'mười một', 'mười hai']);
  });
  test('reads days 1–10 with "mồng"', () => {
    expect([1, 10, 13, 21, 24].map((d) => readDay(d))).toEqual([
      'mồng một',
      'mồng mười',
      'mười ba',
      'hai mươi mốt',
      'hai mươi tư',
    ]);
  });
  test('refuses a month or day that cannot exist', () => {
    expect(() => readMonth(13)).toThrow();
    expect(() => readDay(32)).toThrow();
  });
});

describe('romanToNumber', () => {
  test.each([
    ['I', 1],
    ['IV', 4],
    ['IX', 9],
    ['X', 10],
    ['XV', 15],
    ['XIV', 14],
    ['MMXXV', 2025],
  ])('reads %s as %i', (roman, n) => {
    expect(romanToNumber(roman)).toBe(n);
  });
  test('refuses malformed numerals and other words', () => {
    expect(romanToNumber('IIII')).toBeUndefined();
    expect(romanToNumber('VX')).toBeUndefined();
    expect(romanToNumber('UBND')).toBeUndefined();
  });
});
