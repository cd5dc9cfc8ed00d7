import { describe, expect, test } from 'vitest';
import { fitText, wrapLines, type Measure } from '../../../src/lib/share/wrap.ts';

/** Every character is `size` / 2 wide: easy to reason about. */
const mono: Measure = (text, size) => [...text].length * (size / 2);

describe('wrapLines', () => {
  test('breaks between words so no line is wider than the width', () => {
    const lines = wrapLines('Bà Hoa mở tủ sách khuyến học đầu ngõ', 20 * 5, 10, mono);
    expect(lines).toEqual(['Bà Hoa mở tủ sách', 'khuyến học đầu ngõ']);
    for (const line of lines) expect(mono(line, 10)).toBeLessThanOrEqual(100);
  });
  test('keeps a word longer than the width on a line of its own', () => {
    expect(wrapLines('a nghiêngnghiêngnghiêng b', 50, 10, mono)).toEqual(['a', 'nghiêngnghiêngnghiêng', 'b']);
  });
  test('composes decomposed text first, so a syllable is never split', () => {
    expect(wrapLines('Trần Minh Khôi'.normalize('NFD'), 1000, 10, mono)).toEqual(['Trần Minh Khôi']);
  });
});

describe('fitText', () => {
  test('uses the largest size at which the text fits the line limit', () => {
    const fitted = fitText('một hai ba bốn năm sáu bảy tám', 100, 2, [20, 16, 12, 10], mono);
    expect(fitted.truncated).toBe(false);
    expect(fitted.lines.length).toBeLessThanOrEqual(2);
    expect(fitted.size).toBe(12);
  });
  test('cuts the text with an ellipsis when it does not fit at the smallest size', () => {
    const fitted = fitText('một hai ba bốn năm sáu bảy tám chín mười', 60, 2, [12], mono);
    expect(fitted.truncated).toBe(true);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines[1]?.endsWith('…')).toBe(true);
    for (const line of fitted.lines) expect(mono(line, 12)).toBeLessThanOrEqual(60);
  });
  test('needs at least one size', () => {
    expect(() => fitText('a', 10, 1, [], mono)).toThrow(RangeError);
  });
});
