/**
 * What goes on each share image: every story (its photo only when consent covers it) and
 * every campaign, plus the site's own image for the other pages.
 */
import { getCampaigns, getSettings } from './entries.ts';
import { getHonoreesView, photoFileOf } from './honorees-view.ts';
import { t } from '../i18n/strings.ts';
import type { ShareImageInput } from '../lib/share/image.ts';

export interface ShareImageEntry {
  collection: 'guong-sang' | 'phong-trao';
  id: string;
  input: ShareImageInput;
}

function footerOf(site: { siteName: string; unitKind: string; unitName: string }): string {
  return `${site.siteName} · ${site.unitKind} ${site.unitName}`;
}

export async function shareImageEntries(): Promise<ShareImageEntry[]> {
  const [view, campaigns] = await Promise.all([getHonoreesView(), getCampaigns()]);
  const footer = footerOf(view.settings.site);
  const stories = view.stories.map((story) => ({
    collection: 'guong-sang' as const,
    id: story.id,
    input: {
      title: story.data.title,
      kicker: t('share.imageKicker.story', { group: view.groupName(story.data.residentialGroup) }),
      footer,
      photo: view.display(story).photo ? photoFileOf(story, 'photo') : undefined,
    },
  }));
  const campaignImages = campaigns.map((campaign) => ({
    collection: 'phong-trao' as const,
    id: campaign.id,
    input: {
      title: campaign.data.title,
      kicker: t('share.imageKicker.campaign'),
      footer,
      photo: campaign.data.cover ? photoFileOf(campaign, 'cover') : undefined,
    },
  }));
  return [...stories, ...campaignImages];
}

/** The image for pages that are not a story or a campaign: the site's name and tagline. */
export async function defaultShareImage(): Promise<ShareImageInput> {
  const { site } = await getSettings();
  return { title: site.tagline, kicker: site.siteName, footer: site.committeeName };
}
