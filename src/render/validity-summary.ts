/**
 * A document's validity: the badge, the reason in words (with the number of the document that
 * replaced or repealed it, linked) and the day it was worked out for. Rendered by
 * src/components/ValiditySummary.astro and, through src/render/document-facts.ts, by the
 * document page and its CMS preview.
 */
import { t, tMaybe } from '../i18n/strings.ts';
import { formatViDate } from '../lib/dates/plain-date.ts';
import type { ValidityExplained } from '../lib/legal/validity.ts';
import { paths } from '../lib/site/paths.ts';
import { validityBadgeHtml } from './badge.ts';
import { attr, markup, type Html } from './html.ts';

/** The reason in words, split around the place of the other document's number. */
function reasonSentence({ reason }: ValidityExplained): string {
  switch (reason.kind) {
    case 'manual':
      return t('documents.validity.manual');
    case 'not-yet':
    case 'in-force':
      return t(`documents.validity.${reason.kind}`, { date: formatViDate(reason.from) });
    case 'expired':
      return t('documents.validity.expired', { date: formatViDate(reason.on) });
    case 'terminated':
    case 'partly-terminated':
      return t(`documents.validity.${reason.kind}`, {
        date: formatViDate(reason.on),
        by: tMaybe(`documents.validity.by.${reason.by.kind ?? ''}`) ?? '',
        number: '{number}',
      });
  }
}

/**
 * `numberOf` gives a document's number by id ("bị thay thế bởi 152/2025/NĐ-CP"); a document it
 * does not know is left unnamed. `today` is the day the status was computed for.
 */
export function validitySummaryHtml(
  explained: ValidityExplained,
  numberOf: (id: string) => string | undefined,
  today: string,
): Html {
  const { reason } = explained;
  const byId = 'by' in reason ? reason.by.id : undefined;
  const [before, after] = reasonSentence(explained).split('{number}');
  const number = byId ? numberOf(byId) : undefined;
  return markup`
    <span class="validity-summary">
      ${validityBadgeHtml(explained.validity)}
      <span class="validity-summary__reason">
        ${before}
        ${number && byId && markup`<a${attr('href', paths.document(byId))}>${number}</a>`}
        ${after} <span class="secondary">${t('documents.asOf', { date: formatViDate(today) })}</span>
      </span>
    </span>`;
}
