/** /rss.xml: everything new on the site (stories, campaigns, documents, announcements) as RSS 2.0. */
import type { APIRoute } from 'astro';
import { announcementItems, campaignItems, documentItems, feedResponse, storyItems } from '../data/feeds.ts';
import { getSettings } from '../data/entries.ts';
import { paths } from '../lib/site/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const [stories, campaigns, documents, announcements, { site: settings }] = await Promise.all([
    storyItems(),
    campaignItems(),
    documentItems(),
    announcementItems(),
    getSettings(),
  ]);
  const items = [...stories, ...campaigns, ...documents, ...announcements];
  return feedResponse(paths.rss, 'feed.all.title', settings.tagline, items, site);
};
