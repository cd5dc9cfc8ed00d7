/** /van-ban/rss.xml: documents as RSS 2.0, most recently issued first. */
import type { APIRoute } from 'astro';
import { documentItems, feedResponse } from '../../data/feeds.ts';
import { t } from '../../i18n/strings.ts';
import { paths } from '../../lib/site/paths.ts';

export const GET: APIRoute = async ({ site }) =>
  feedResponse(paths.documentsRss, 'feed.documents.title', t('documents.intro'), await documentItems(), site);
