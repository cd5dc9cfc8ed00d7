import { describe, expect, test } from 'vitest';
import { formatViDate, isPlainDate, todayInVietnam, yearOf } from '../../../src/lib/dates/plain-date.ts';

describe('isPlainDate', () => {
  test('accepts real dates', () => {
    expect(isPlainDate('2025-01-13')).toBe(true);
    expect(isPlainDate('2024-02-29')).toBe(true);
  });

  test('rejects impossible dates', () => {
    expect(isPlainDate('2025-02-30')).toBe(false);
    expect(isPlainDate('2025-02-29')).toBe(false);
    expect(isPlainDate('2025-13-01')).toBe(false);
    expect(isPlainDate('2025-00-10')).toBe(false);
  });

  test('rejects other formats', () => {
    expect(isPlainDate('13/01/2025')).toBe(false);
    expect(isPlainDate('2025-1-13')).toBe(false);
  });
});

describe('formatViDate', () => {
  test('writes day/month/year', () => {
    expect(formatViDate('2025-01-13')).toBe('13/01/2025');
  });
});

describe('yearOf', () => {
  test('reads the year', () => {
    expect(yearOf('2026-11-24')).toBe(2026);
  });
});

describe('todayInVietnam', () => {
  test('uses UTC+7, so late evening UTC is already the next day', () => {
    expect(todayInVietnam(new Date('2025-12-31T18:30:00Z'))).toBe('2026-01-01');
    expect(todayInVietnam(new Date('2025-12-31T16:00:00Z'))).toBe('2025-12-31');
  });
});
