/**
 * Items of the RSS 2.0 feeds (/rss.xml and one per collection): what each entry puts in its
 * item, publication dates in Vietnam's time, newest first.
 */

export interface FeedItem {
  title: string;
  /** Path of the page on the site ("/guong-sang/ba-hoa/"); the feed makes it absolute. */
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** Feeds list the newest entries only, to stay small on slow connections. */
export const FEED_LIMIT = 50;

/**
 * A plain date (YYYY-MM-DD) as the instant feeds print in RFC 822: noon in Vietnam
 * (UTC+7), so the day is the same whatever the reader's time zone.
 */
export function feedDate(plain: string): Date {
  const date = new Date(`${plain}T12:00:00+07:00`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a plain date: ${plain}`);
  return date;
}

/** Items newest first (ties by title), at most `limit` of them. */
export function newestFirst(items: readonly FeedItem[], limit = FEED_LIMIT): FeedItem[] {
  return [...items]
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, 'vi'))
    .slice(0, limit);
}

/** The channel's extra elements: language and the feed's own address (atom:link rel="self"). */
export function channelExtras(selfUrl: string): string {
  const href = selfUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<language>vi</language><atom:link href="${href}" rel="self" type="application/rss+xml"/>`;
}

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
