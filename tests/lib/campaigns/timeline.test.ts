import { describe, expect, test } from 'vitest';
import { stepStates } from '../../../src/lib/campaigns/timeline.ts';

/** Launch, registration deadline, interim review, final review, ceremony of one year. */
const YEAR = ['2026-01-05', '2026-01-30', '2026-07-10', '2026-12-18', '2026-12-29'].map((date) => ({ date }));

describe('stepStates', () => {
  test('marks every step coming before the first one', () => {
    expect(stepStates(YEAR, '2026-01-04')).toEqual(['coming', 'coming', 'coming', 'coming', 'coming']);
  });

  test('makes a step current from its own day', () => {
    expect(stepStates(YEAR, '2026-01-05')).toEqual(['current', 'coming', 'coming', 'coming', 'coming']);
  });

  test('keeps the earlier step current between two steps, the later ones coming', () => {
    expect(stepStates(YEAR, '2026-12-05')).toEqual(['past', 'past', 'current', 'coming', 'coming']);
    expect(stepStates(YEAR, '2026-12-17')).toEqual(['past', 'past', 'current', 'coming', 'coming']);
  });

  test('hands over to the next step on its day', () => {
    expect(stepStates(YEAR, '2026-12-18')).toEqual(['past', 'past', 'past', 'current', 'coming']);
  });

  test('makes the last step current on its own day only, then everything is past', () => {
    expect(stepStates(YEAR, '2026-12-29')).toEqual(['past', 'past', 'past', 'past', 'current']);
    expect(stepStates(YEAR, '2026-12-30')).toEqual(['past', 'past', 'past', 'past', 'past']);
  });

  test('makes the later of two steps on the same day current', () => {
    const sameDay = [{ date: '2025-12-19' }, { date: '2025-12-19' }, { date: '2025-12-26' }];
    expect(stepStates(sameDay, '2025-12-19')).toEqual(['past', 'current', 'coming']);
  });

  test('gives nothing for no steps', () => {
    expect(stepStates([], '2026-12-05')).toEqual([]);
  });
});
