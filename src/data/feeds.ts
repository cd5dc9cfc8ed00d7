/**
 * The feeds' items from the entries: stories (title, summary, residential group and field),
 * campaigns (from their start), documents (number and title, subject line, from their
 * issue date) and announcements (from their day). The rules of a feed live in src/lib/feeds/items.ts.
 */
import rss from '@astrojs/rss';
import { getAnnouncements, getCampaigns, getDocuments, getSettings } from './entries.ts';
import { getHonoreesView } from './honorees-view.ts';
import { t } from '../i18n/strings.ts';
import { paths } from '../lib/site/paths.ts';
import { ATOM_NS, channelExtras, feedDate, newestFirst, type FeedItem } from '../lib/feeds/items.ts';

export async function storyItems(): Promise<FeedItem[]> {
  const view = await getHonoreesView();
  return view.stories.map((s) => ({
    title: s.data.title,
    link: paths.honoree(s.id),
    pubDate: feedDate(s.data.published),
    description: s.data.summary,
    categories: [t('honorees.title'), view.groupName(s.data.residentialGroup), view.fieldName(s.data.field)],
  }));
}

export async function campaignItems(): Promise<FeedItem[]> {
  return (await getCampaigns()).map((c) => ({
    title: c.data.title,
    link: paths.campaign(c.id),
    pubDate: feedDate(c.data.start),
    description: c.data.summary,
    categories: [t('campaigns.title')],
  }));
}

export async function documentItems(): Promise<FeedItem[]> {
  return (await getDocuments()).map((d) => ({
    title: t('documents.titleLine', { number: d.data.number, title: d.data.title }),
    link: paths.document(d.id),
    pubDate: feedDate(d.data.issued),
    description: d.data.subject,
    categories: [t('documents.title')],
  }));
}

/** Announcements and events, dated by their own day. */
export async function announcementItems(): Promise<FeedItem[]> {
  return (await getAnnouncements()).map((a) => ({
    title: a.data.title,
    link: paths.announcement(a.id),
    pubDate: feedDate(a.data.date),
    description: a.data.summary,
    categories: [t('announcements.title'), t(`option.announcementKind.${a.data.kind}`)],
  }));
}

/** An RSS 2.0 response: the channel named after the site, the newest items. */
export async function feedResponse(
  self: string,
  titleKey:
    | 'feed.all.title'
    | 'feed.honorees.title'
    | 'feed.campaigns.title'
    | 'feed.documents.title'
    | 'feed.announcements.title',
  description: string,
  items: FeedItem[],
  site: URL | undefined,
): Promise<Response> {
  const settings = await getSettings();
  const origin = site ?? new URL(settings.site.siteUrl);
  return rss({
    title: t(titleKey, { siteName: settings.site.siteName }),
    description,
    site: origin,
    items: newestFirst(items),
    xmlns: { atom: ATOM_NS },
    customData: channelExtras(new URL(self, origin).href),
  });
}
