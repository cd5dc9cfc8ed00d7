/**
 * RSS 2.0 feeds in the shared production build: /rss.xml with everything (announcements
 * included) and one feed per collection. Each is well-formed XML with the channel's required elements (title, link,
 * description), items with absolute links to built pages, permalink guids and RFC 822 dates
 * that match the entries' dates; pages announce the feeds in <head> and the footer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readSettingsFile } from '../../src/content-pipeline/read.ts';
import { entriesOf } from '../support/content.ts';
import { readPages } from '../support/html.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { assertSiteBuilt } from '../support/site.ts';

const site = inject('site');
const siteUrl = String(readSettingsFile(PROJECT_ROOT, 'site').data?.siteUrl ?? '').replace(/\/+$/, '');

/** Each feed with the pages (path → date of the entry) it must list. */
const dated = (
  collection: 'honorees' | 'campaigns' | 'documents' | 'announcements',
  prefix: string,
  dateField: string,
) => entriesOf(PROJECT_ROOT, collection).map((e) => ({ path: `/${prefix}/${e.id}/`, date: String(e.data[dateField]) }));
const stories = dated('honorees', 'guong-sang', 'published');
const campaigns = dated('campaigns', 'phong-trao', 'start');
const documents = dated('documents', 'van-ban', 'issued');
const announcements = dated('announcements', 'thong-bao', 'date');
const FEEDS = [
  { file: 'rss.xml', entries: [...stories, ...campaigns, ...documents, ...announcements] },
  { file: 'guong-sang/rss.xml', entries: stories },
  { file: 'phong-trao/rss.xml', entries: campaigns },
  { file: 'van-ban/rss.xml', entries: documents },
  { file: 'thong-bao/rss.xml', entries: announcements },
];

const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

interface RssItem {
  title?: string;
  link?: string;
  description?: string;
  pubDate?: string;
  guid?: { '#text': string; '@_isPermaLink'?: string };
}

beforeAll(() => assertSiteBuilt(site));

describe.each(FEEDS)('/$file', ({ file, entries }) => {
  const read = () => readFileSync(join(site.dir, file), 'utf8');

  test('is well-formed XML with an RSS 2.0 channel: title, link, description, language, self link', () => {
    const xml = read();
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.rss?.['@_version']).toBe('2.0');
    const channel = doc.rss.channel;
    expect(Array.isArray(channel), 'exactly one channel').toBe(false);
    expect(String(channel.title).trim()).not.toBe('');
    expect(String(channel.description).trim()).not.toBe('');
    expect(channel.link).toBe(`${siteUrl}/`);
    expect(channel.language).toBe('vi');
    expect(channel['atom:link']?.['@_href']).toBe(`${siteUrl}/${file}`);
    expect(channel['atom:link']?.['@_rel']).toBe('self');
  });

  test('lists every entry once, newest first, with absolute links to built pages and RFC 822 dates', () => {
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(read());
    const items: RssItem[] = doc.rss.channel.item ?? [];
    expect(items.length).toBe(Math.min(50, entries.length));
    const seen = new Set<string>();
    let previous = Infinity;
    for (const item of items) {
      expect(item.title ?? item.description, 'an item needs a title or a description').toBeTruthy();
      const link = item.link ?? '';
      expect(link.startsWith(`${siteUrl}/`), link).toBe(true);
      const path = link.slice(siteUrl.length);
      expect(existsSync(join(site.dir, path, 'index.html')), `${path} is built`).toBe(true);
      expect(seen.has(path), `${path} listed twice`).toBe(false);
      seen.add(path);
      expect(item.guid?.['#text']).toBe(link);
      expect(item.pubDate ?? '').toMatch(RFC822);
      const when = new Date(item.pubDate ?? '');
      const entry = entries.find((e) => e.path === path);
      expect(entry, `${path} is an entry of this feed`).toBeDefined();
      // The entry's calendar day in Vietnam (UTC+7).
      expect(new Date(when.getTime() + 7 * 3600_000).toISOString().slice(0, 10)).toBe(entry?.date);
      expect(when.getTime()).toBeLessThanOrEqual(previous);
      previous = when.getTime();
    }
  });
});

describe('feed links on pages', () => {
  test('every page announces the site feed in <head>, and the footer links it', () => {
    const pages = readPages(site.dir).filter((p) => !p.url.startsWith('/admin/'));
    const missing = pages.filter(
      (p) =>
        !p.elements.some(
          (e) =>
            e.tag === 'link' &&
            e.attrs.rel === 'alternate' &&
            e.attrs.type === 'application/rss+xml' &&
            e.attrs.href === '/rss.xml',
        ),
    );
    expect(missing.map((p) => p.url)).toEqual([]);
    const home = pages.find((p) => p.url === '/');
    expect(home?.elements.some((e) => e.tag === 'a' && e.attrs.href === '/rss.xml')).toBe(true);
  });

  test('the stories, campaigns and announcements lists announce their own feed', () => {
    const pages = readPages(site.dir);
    for (const [url, feed] of [
      ['/guong-sang/', '/guong-sang/rss.xml'],
      ['/phong-trao/', '/phong-trao/rss.xml'],
      ['/thong-bao/', '/thong-bao/rss.xml'],
    ]) {
      const p = pages.find((x) => x.url === url);
      expect(
        p?.elements.some((e) => e.tag === 'link' && e.attrs.rel === 'alternate' && e.attrs.href === feed),
        url,
      ).toBe(true);
    }
  });
});
