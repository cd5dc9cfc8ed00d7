import { describe, expect, test } from 'vitest';
import { toTxt } from '../../../src/lib/radio/txt.ts';

describe('toTxt', () => {
  test('separates paragraphs by a blank line with CRLF line ends', () => {
    expect(toTxt(['Một.', ' ', 'Hai.'])).toBe('Một.\r\n\r\nHai.\r\n');
  });
  test('is empty for nothing to read', () => {
    expect(toTxt([])).toBe('');
  });
});
