import { describe, test, expect } from 'vitest';
import { neighbours, relatedStories } from '../../../src/lib/honorees/related.ts';

const stories = [
  { id: 'a', residentialGroup: 'tdp-1', campaigns: ['x'] },
  { id: 'b', residentialGroup: 'tdp-2', campaigns: ['x'] },
  { id: 'c', residentialGroup: 'tdp-1', campaigns: [] },
  { id: 'd', residentialGroup: 'tdp-3' },
  { id: 'e', residentialGroup: 'tdp-1', campaigns: ['x'] },
];

describe('neighbours', () => {
  test('gives the stories before and after', () => {
    expect(neighbours(stories, 'b')).toEqual({ prev: stories[0], next: stories[2] });
  });
  test('has no previous story for the first and no next for the last', () => {
    expect(neighbours(stories, 'a')).toEqual({ next: stories[1] });
    expect(neighbours(stories, 'e')).toEqual({ prev: stories[3] });
    expect(neighbours(stories, 'zz')).toEqual({});
  });
});

describe('relatedStories', () => {
  test('puts stories sharing group and campaign first and leaves out unrelated ones', () => {
    expect(relatedStories(stories[0]!, stories).map((s) => s.id)).toEqual(['e', 'b', 'c']);
    expect(relatedStories(stories[3]!, stories)).toEqual([]);
  });
  test('respects the limit', () => {
    expect(relatedStories(stories[0]!, stories, 1).map((s) => s.id)).toEqual(['e']);
  });
});
