import { describe, expect, test } from 'vitest';
import {
  countSyllables,
  estimateSeconds,
  formatClock,
  durationParts,
  isoDuration,
} from '../../../src/lib/radio/duration.ts';

describe('countSyllables', () => {
  test('counts space-separated words and hyphenated parts, not punctuation', () => {
    expect(countSyllables('Chào bà con, hai ki-lô-mét — hết.')).toBe(8);
  });
});

describe('estimateSeconds', () => {
  test('divides by the rate per minute and rounds to whole seconds', () => {
    expect(estimateSeconds(210, 210)).toBe(60);
    expect(estimateSeconds(280, 210)).toBe(80);
    expect(estimateSeconds(1, 210)).toBe(1);
    expect(estimateSeconds(0, 210)).toBe(0);
  });
  test('refuses a rate that is not positive', () => {
    expect(() => estimateSeconds(10, 0)).toThrow();
  });
});

describe('durationParts', () => {
  test('splits whole minutes and seconds, rounded, never negative', () => {
    expect(durationParts(45)).toEqual({ min: 0, sec: 45 });
    expect(durationParts(120)).toEqual({ min: 2, sec: 0 });
    expect(durationParts(79.6)).toEqual({ min: 1, sec: 20 });
    expect(durationParts(-3)).toEqual({ min: 0, sec: 0 });
  });
});

describe('formatClock and isoDuration', () => {
  test('write a running time and a machine-readable duration', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(725)).toBe('12:05');
    expect(isoDuration(80)).toBe('PT1M20S');
    expect(isoDuration(9)).toBe('PT9S');
  });
});
