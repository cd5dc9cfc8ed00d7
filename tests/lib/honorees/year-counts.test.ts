import { describe, test, expect } from 'vitest';
import { yearCounts } from '../../../src/lib/honorees/year-counts.ts';

describe('yearCounts', () => {
  test('counts stories of the year, people and households apart from collectives', () => {
    const stories = [
      { published: '2025-01-02', subjectType: 'ca-nhan' },
      { published: '2025-05-02', subjectType: 'ho-gia-dinh' },
      { published: '2025-12-31', subjectType: 'tap-the' },
      { published: '2024-12-31', subjectType: 'ca-nhan' },
    ];
    expect(yearCounts(stories, 2025)).toEqual({ stories: 3, people: 2, collectives: 1 });
    expect(yearCounts(stories, 2023)).toEqual({ stories: 0, people: 0, collectives: 0 });
  });
});
