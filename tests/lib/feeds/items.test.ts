import { describe, expect, test } from 'vitest';
import { channelExtras, feedDate, FEED_LIMIT, newestFirst, type FeedItem } from '../../../src/lib/feeds/items.ts';

const item = (title: string, date: string): FeedItem => ({
  title,
  link: `/x/${title}/`,
  pubDate: feedDate(date),
  description: '',
  categories: [],
});

describe('feedDate', () => {
  test('is noon in Vietnam, so the calendar day is kept in UTC', () => {
    expect(feedDate('2025-10-06').toISOString()).toBe('2025-10-06T05:00:00.000Z');
    expect(feedDate('2025-10-06').toUTCString()).toBe('Mon, 06 Oct 2025 05:00:00 GMT');
  });
  test('refuses what is not a date', () => {
    expect(() => feedDate('06/10/2025')).toThrow(RangeError);
  });
});

describe('newestFirst', () => {
  test('sorts by date, newest first, then by title', () => {
    const items = [item('b', '2025-01-01'), item('c', '2026-01-01'), item('a', '2025-01-01')];
    expect(newestFirst(items).map((i) => i.title)).toEqual(['c', 'a', 'b']);
  });
  test(`keeps at most ${FEED_LIMIT} items`, () => {
    const many = Array.from({ length: FEED_LIMIT + 5 }, (_, i) => item(`t${i}`, '2025-01-01'));
    expect(newestFirst(many)).toHaveLength(FEED_LIMIT);
  });
});

describe('channelExtras', () => {
  test('declares the language and the feed’s own address, escaped', () => {
    expect(channelExtras('https://x.vn/rss.xml?a=1&b=2')).toBe(
      '<language>vi</language><atom:link href="https://x.vn/rss.xml?a=1&amp;b=2" rel="self" type="application/rss+xml"/>',
    );
  });
});
