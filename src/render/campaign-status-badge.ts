/**
 * A campaign's status (upcoming, active, ended) as a badge. Rendered by
 * src/components/CampaignStatusBadge.astro and the campaign preview.
 */
import { t } from '../i18n/strings.ts';
import type { CampaignStatus } from '../lib/campaigns/status.ts';
import { badgeHtml, type Tone } from './badge.ts';
import type { Html } from './html.ts';

/** The tone of each status. */
export const CAMPAIGN_STATUS_TONES: Readonly<Record<CampaignStatus, Tone>> = {
  upcoming: 'blue',
  active: 'green',
  ended: 'grey',
};

export function campaignStatusBadgeHtml(status: CampaignStatus): Html {
  return badgeHtml(t(`campaigns.status.${status}`), CAMPAIGN_STATUS_TONES[status]);
}
