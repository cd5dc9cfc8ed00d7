/**
 * A campaign page's facts (status, kind, launcher, period, plan task, target groups), its
 * criteria and its legal basis. Rendered by src/components/CampaignFacts.astro,
 * CampaignCriteria.astro and CampaignLegalBasis.astro on /phong-trao/<id>/ and by the campaign
 * preview.
 */
import { t, tMaybe } from '../i18n/strings.ts';
import { campaignPeriod } from '../lib/campaigns/period.ts';
import { campaignStatus, type CampaignDates } from '../lib/campaigns/status.ts';
import type { Validity } from '../lib/legal/validity.ts';
import type { TaskLink } from '../lib/plan/tasks.ts';
import { paths } from '../lib/site/paths.ts';
import { validityBadgeHtml } from './badge.ts';
import { campaignStatusBadgeHtml } from './campaign-status-badge.ts';
import { attr, markup, type Html } from './html.ts';
import { planTaskRowHtml } from './plan-task-row.ts';
import { summaryListHtml, summaryRowHtml as row } from './summary-list.ts';

export interface CampaignFacts {
  /** Its plain dates, for the status and the period; the CMS leaves them out until the start is a real date. */
  dates?: CampaignDates | undefined;
  /** The day the status is worked out for (the build's day, or today in the CMS). */
  today: string;
  /** The kind's option value. */
  kind: string;
  launchedBy: string;
  /** The plan task it carries out, when a plan declares it. */
  task?: TaskLink | undefined;
  targetGroups: readonly string[];
}

/** The summary list under the campaign's title. */
export function campaignFactsHtml({ dates, today, kind, launchedBy, task, targetGroups }: CampaignFacts): Html {
  const period = dates && campaignPeriod(dates);
  return summaryListHtml([
    dates && row(t('campaigns.status'), campaignStatusBadgeHtml(campaignStatus(dates, today))),
    row(t('campaigns.kind'), kind ? (tMaybe(`option.campaignKind.${kind}`) ?? kind) : ''),
    row(t('campaigns.launchedBy'), launchedBy),
    period && row(t('campaigns.period'), t(period.key, period.params)),
    task && planTaskRowHtml(task),
    targetGroups.length > 0 &&
      row(t('campaigns.targetGroups'), markup`<ul>${targetGroups.map((g) => markup`<li>${g}</li>`)}</ul>`),
  ]);
}

/** The criteria of the campaign, as a section; nothing when there are none. */
export function campaignCriteriaHtml(criteria: readonly string[]): Html {
  return markup`${
    criteria.length > 0 &&
    markup`
      <section aria-labelledby="criteria">
        <h2 id="criteria">${t('campaigns.criteria')}</h2>
        <ul class="prose">${criteria.map((c) => markup`<li>${c}</li>`)}</ul>
      </section>`
  }`;
}

/** A document of the legal basis: its number, and its title and validity when the site has it. */
export interface BasisDocument {
  number: string;
  title?: string | undefined;
  validity?: Validity | undefined;
}

/** The legal basis as a section: each document linked with its validity, or its number alone; nothing when empty. */
export function legalBasisHtml(basis: readonly BasisDocument[]): Html {
  const item = ({ number, title, validity }: BasisDocument) =>
    markup`<li>${
      title === undefined
        ? number
        : markup`<a${attr('href', paths.documentByNumber(number))}>${t('documents.titleLine', { number, title })}</a>${
            validity && markup` ${validityBadgeHtml(validity)}`
          }`
    }</li>`;
  return markup`${
    basis.length > 0 &&
    markup`
      <section aria-labelledby="legal-basis">
        <h2 id="legal-basis">${t('campaigns.legalBasis')}</h2>
        <ul class="link-list">${basis.map(item)}</ul>
      </section>`
  }`;
}
