import { describe, expect, test } from 'vitest';
import { datesOf, encodeDateOrder, newestFirst } from '../../../src/lib/search/date-order.ts';

describe('encodeDateOrder', () => {
  test('groups page ids by date, newest first, and leaves out pages without a date', () => {
    const order = encodeDateOrder([
      { id: 'vi_b', date: '2025-01-02' },
      { id: 'vi_c', date: '2026-07-13' },
      { id: 'vi_a', date: '2025-01-02' },
      { id: 'vi_d', date: undefined },
    ]);
    expect(order).toEqual([
      ['2026-07-13', 'vi_c'],
      ['2025-01-02', 'vi_a vi_b'],
    ]);
  });
});

describe('datesOf', () => {
  test('maps every id of every file to its date', () => {
    const dates = datesOf([[['2026-07-13', 'vi_c']], [['2025-01-02', 'vi_a vi_b']]]);
    expect(Object.fromEntries(dates)).toEqual({ vi_c: '2026-07-13', vi_a: '2025-01-02', vi_b: '2025-01-02' });
  });
});

describe('newestFirst', () => {
  const dates = new Map([
    ['old', '2020-05-01'],
    ['new', '2026-01-01'],
    ['same1', '2024-03-03'],
    ['same2', '2024-03-03'],
  ]);
  test('orders by date, newest first, keeping the order of equal dates and putting undated results last', () => {
    const hits = ['none', 'old', 'same2', 'new', 'same1'].map((id) => ({ id }));
    expect(newestFirst(hits, dates).map((h) => h.id)).toEqual(['new', 'same2', 'same1', 'old', 'none']);
  });
  test('a round trip through the file gives the same order', () => {
    const file = encodeDateOrder([...dates].map(([id, date]) => ({ id, date })));
    const hits = [...dates.keys()].map((id) => ({ id }));
    expect(newestFirst(hits, datesOf([file]))).toEqual(newestFirst(hits, dates));
  });
});
