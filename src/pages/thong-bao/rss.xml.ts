/** /thong-bao/rss.xml: announcements and events as RSS 2.0, newest first. */
import type { APIRoute } from 'astro';
import { announcementItems, feedResponse } from '../../data/feeds.ts';
import { getSettings } from '../../data/entries.ts';
import { t } from '../../i18n/strings.ts';
import { paths } from '../../lib/site/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const { site: settings } = await getSettings();
  const description = t('announcements.intro', { unitKind: settings.unitKind });
  return feedResponse(paths.announcementsRss, 'feed.announcements.title', description, await announcementItems(), site);
};
