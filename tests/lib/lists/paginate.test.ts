import { describe, test, expect } from 'vitest';
import { paginate } from '../../../src/lib/lists/paginate.ts';

describe('paginate', () => {
  test('splits items into pages of the given size', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.number, p.total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
  test('gives one empty page for an empty list', () => {
    expect(paginate([], 24)).toEqual([{ number: 1, total: 1, items: [] }]);
  });
  test('rejects a page size below one', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });
});
