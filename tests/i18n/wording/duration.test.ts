import { describe, expect, test } from 'vitest';
import { formatDuration } from '../../../src/i18n/wording/duration.ts';

describe('formatDuration', () => {
  test('writes minutes and seconds in Vietnamese', () => {
    expect(formatDuration(45)).toBe('45 giây');
    expect(formatDuration(120)).toBe('2 phút');
    expect(formatDuration(80)).toBe('1 phút 20 giây');
    expect(formatDuration(0)).toBe('0 giây');
  });
});
