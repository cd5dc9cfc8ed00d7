/** /guong-sang/rss.xml: new stories as RSS 2.0. */
import type { APIRoute } from 'astro';
import { feedResponse, storyItems } from '../../data/feeds.ts';
import { t } from '../../i18n/strings.ts';
import { paths } from '../../lib/site/paths.ts';

export const GET: APIRoute = async ({ site }) =>
  feedResponse(paths.honoreesRss, 'feed.honorees.title', t('honorees.intro'), await storyItems(), site);
