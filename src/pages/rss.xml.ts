/** /rss.xml: everything new on the site (stories, campaigns, documents) as RSS 2.0. */
import type { APIRoute } from 'astro';
import { campaignItems, documentItems, feedResponse, storyItems } from '../data/feeds.ts';
import { getSettings } from '../data/entries.ts';
import { paths } from '../lib/site/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const [stories, campaigns, documents, { site: settings }] = await Promise.all([
    storyItems(),
    campaignItems(),
    documentItems(),
    getSettings(),
  ]);
  return feedResponse(paths.rss, 'feed.all.title', settings.tagline, [...stories, ...campaigns, ...documents], site);
};
