/**
 * A document's facts (number, type, issuer, signer, dates, area, plan task, validity) and the
 * link to its official source. Rendered by src/components/DocumentFacts.astro and
 * DocumentSource.astro on /van-ban/<number-slug>/ and by the document preview.
 */
import { t } from '../i18n/strings.ts';
import { formatViDate } from '../lib/dates/plain-date.ts';
import type { ValidityExplained } from '../lib/legal/validity.ts';
import type { TaskLink } from '../lib/plan/tasks.ts';
import { attr, markup, type Html } from './html.ts';
import { linkedHtml, type Linked } from './linked.ts';
import { planTaskRowHtml } from './plan-task-row.ts';
import { summaryListHtml, summaryRowHtml as row } from './summary-list.ts';
import { validitySummaryHtml } from './validity-summary.ts';

export interface DocumentFacts {
  number: string;
  /** The type's label, linked to the documents of that type (the CMS leaves browse links out). */
  type: Linked;
  /** The issuer, linked to the documents it issued. */
  issuer: Linked;
  signer?: string | undefined;
  signerTitle?: string | undefined;
  /** Plain dates; a date not set is said to be so (documents.notSet). */
  issued?: string | undefined;
  effective?: string | undefined;
  /** The day it stops being in force (its expiry date, or when another replaced it); none: documents.noExpiry. */
  ends?: string | undefined;
  area: string;
  /** The plan task it carries out, when a plan declares it. */
  task?: TaskLink | undefined;
  /** Its validity as worked out on `today`; left out while the form cannot tell. */
  status?: { explained: ValidityExplained; numberOf: (id: string) => string | undefined; today: string } | undefined;
}

function date(value: string | undefined): string {
  return value ? formatViDate(value) : t('documents.notSet');
}

/** The summary list under the document's title. */
export function documentFactsHtml(facts: DocumentFacts): Html {
  const { issued, status } = facts;
  return summaryListHtml([
    row(t('documents.number'), facts.number),
    row(t('documents.type'), linkedHtml(facts.type)),
    row(t('documents.issuer'), linkedHtml(facts.issuer)),
    facts.signer && row(t('documents.signer'), facts.signer),
    facts.signerTitle && row(t('documents.signerTitle'), facts.signerTitle),
    row(
      t('documents.issued'),
      issued ? markup`<time${attr('datetime', issued)}>${formatViDate(issued)}</time>` : date(issued),
    ),
    row(t('documents.effective'), date(facts.effective)),
    row(t('documents.expires'), facts.ends ? formatViDate(facts.ends) : t('documents.noExpiry')),
    row(t('documents.area'), facts.area),
    facts.task && planTaskRowHtml(facts.task),
    status && row(t('documents.status'), validitySummaryHtml(status.explained, status.numberOf, status.today)),
  ]);
}

/** The host of an address ("vanban.chinhphu.vn"), or '' when it is not one. */
function hostOf(address: string): string {
  try {
    return new URL(address).host;
  } catch {
    return '';
  }
}

/** The link to the official source, naming its site when the address has one. */
export function documentSourceHtml(source: string): Html {
  const host = hostOf(source);
  return markup`<p><a${attr('href', source)}>${host ? t('documents.sourceAt', { host }) : t('documents.source')}</a></p>`;
}
