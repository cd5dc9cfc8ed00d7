import { describe, expect, test } from 'vitest';
import {
  facetCounts,
  facetValuesOf,
  inSentence,
  storiesWith,
  type StoryForFacets,
} from '../../../src/lib/honorees/facets.ts';

const story = (over: Partial<StoryForFacets> = {}): StoryForFacets => ({
  residentialGroup: 'tdp-1',
  field: 'khuyen-hoc',
  achievementKind: 'thuong-xuyen',
  published: '2025-07-16',
  campaigns: [],
  ...over,
});

describe('facetValuesOf', () => {
  test('reads group, field, kind, year and campaigns', () => {
    const s = story({ campaigns: ['a', 'b', 'a'] });
    expect(facetValuesOf(s, 'to-dan-pho')).toEqual(['tdp-1']);
    expect(facetValuesOf(s, 'linh-vuc')).toEqual(['khuyen-hoc']);
    expect(facetValuesOf(s, 'loai')).toEqual(['thuong-xuyen']);
    expect(facetValuesOf(s, 'nam')).toEqual(['2025']);
    expect(facetValuesOf(s, 'phong-trao')).toEqual(['a', 'b']);
  });
  test('gives no campaign to a story without campaigns', () => {
    expect(facetValuesOf(story({ campaigns: undefined }), 'phong-trao')).toEqual([]);
  });
});

describe('facetCounts', () => {
  const stories = [
    story({ residentialGroup: 'tdp-2', published: '2026-01-08', campaigns: ['c1'] }),
    story({ residentialGroup: 'tdp-2', published: '2025-03-20', campaigns: ['c1', 'c2'] }),
    story({ residentialGroup: 'tdp-1', published: '2024-12-31' }),
  ];
  const groups = [
    { id: 'tdp-1', label: 'Tổ dân phố số 1' },
    { id: 'tdp-2', label: 'Tổ dân phố số 2' },
    { id: 'tdp-3', label: 'Tổ dân phố số 3' },
  ];

  test('keeps the settings order and includes values without stories', () => {
    expect(facetCounts(stories, 'to-dan-pho', groups).map((v) => [v.id, v.count])).toEqual([
      ['tdp-1', 1],
      ['tdp-2', 2],
      ['tdp-3', 0],
    ]);
  });
  test('lists the years that have stories, newest first', () => {
    expect(facetCounts(stories, 'nam', []).map((v) => [v.label, v.count])).toEqual([
      ['2026', 1],
      ['2025', 1],
      ['2024', 1],
    ]);
  });
  test('counts a story once under each of its campaigns', () => {
    const campaigns = [
      { id: 'c2', label: 'Phong trào 2' },
      { id: 'c1', label: 'Phong trào 1' },
    ];
    expect(facetCounts(stories, 'phong-trao', campaigns).map((v) => [v.id, v.count])).toEqual([
      ['c2', 1],
      ['c1', 2],
    ]);
  });
  test('adds a value the stories use but the options lack, with its id as label', () => {
    const counts = facetCounts([story({ field: 'cu' })], 'linh-vuc', [{ id: 'khuyen-hoc', label: 'Khuyến học' }]);
    expect(counts).toEqual([
      { id: 'khuyen-hoc', label: 'Khuyến học', count: 0 },
      { id: 'cu', label: 'cu', count: 1 },
    ]);
  });
});

describe('storiesWith', () => {
  test('keeps the given order', () => {
    const list = [
      { id: 'a', data: story({ residentialGroup: 'tdp-2' }) },
      { id: 'b', data: story() },
      { id: 'c', data: story({ residentialGroup: 'tdp-2' }) },
    ];
    expect(storiesWith(list, 'to-dan-pho', 'tdp-2', (s) => s.data).map((s) => s.id)).toEqual(['a', 'c']);
  });
});

describe('inSentence', () => {
  test('lower-cases only the first letter, Vietnamese included', () => {
    expect(inSentence('Đột xuất')).toBe('đột xuất');
    expect(inSentence('Khuyến học, khuyến tài')).toBe('khuyến học, khuyến tài');
    expect(inSentence('')).toBe('');
  });
});
