import { describe, expect, test } from 'vitest';
import { fill } from '../../src/i18n/fill.ts';

describe('fill', () => {
  test('puts each value in its placeholder, numbers as written', () => {
    expect(fill('{count} kết quả cho “{query}”', { count: 12, query: 'thi đua' })).toBe('12 kết quả cho “thi đua”');
  });

  test('fills a placeholder used twice', () => {
    expect(fill('{a} và {a}', { a: 'x' })).toBe('x và x');
  });

  test('leaves a string without placeholders as it is', () => {
    expect(fill('Tìm kiếm')).toBe('Tìm kiếm');
  });

  test('an empty string is a value', () => {
    expect(fill('[{a}]', { a: '' })).toBe('[]');
  });

  test('a missing value throws, naming the placeholder and the string', () => {
    expect(() => fill('{count} kết quả', {})).toThrow('No value for {count} in "{count} kết quả"');
  });
});
