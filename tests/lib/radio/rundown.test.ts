import { describe, expect, test } from 'vitest';
import { rundown } from '../../../src/lib/radio/rundown.ts';

describe('rundown', () => {
  test('gives each item its start and end, and the total is their sum', () => {
    const { rows, totalSeconds } = rundown([
      { name: 'a', seconds: 10 },
      { name: 'b', seconds: 63 },
      { name: 'c', seconds: 24 },
    ]);
    expect(rows.map((r) => [r.name, r.position, r.start, r.end])).toEqual([
      ['a', 1, 0, 10],
      ['b', 2, 10, 73],
      ['c', 3, 73, 97],
    ]);
    expect(totalSeconds).toBe(97);
  });
  test('is empty for no items', () => {
    expect(rundown([])).toEqual({ rows: [], totalSeconds: 0 });
  });
});
