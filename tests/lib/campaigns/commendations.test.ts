import { describe, expect, test } from 'vitest';
import { commendationsOf } from '../../../src/lib/campaigns/commendations.ts';

describe('commendationsOf', () => {
  const campaigns = [
    {
      id: 'a',
      results: [
        { name: 'Bà A', honoree: 'ba-a', form: 'giay-khen' },
        { name: 'Ông B', form: 'bieu-duong' },
      ],
    },
    { id: 'b', results: [] },
    { id: 'c', results: [{ name: 'Bà A', honoree: 'ba-a', form: 'bang-khen' }] },
  ];

  test('finds every result naming the story, with its campaign, in order', () => {
    expect(
      commendationsOf('ba-a', campaigns, (c) => c.results).map(
        ({ campaign, result }) => `${campaign.id}:${result.form}`,
      ),
    ).toEqual(['a:giay-khen', 'c:bang-khen']);
  });

  test('finds nothing for a story no result names', () => {
    expect(commendationsOf('ong-b', campaigns, (c) => c.results)).toEqual([]);
  });
});
