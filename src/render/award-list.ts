/**
 * The commendations of a story: each award's wording, form and issuer, and its decision (a
 * number links to the document when the site publishes it) or only its date. Rendered by
 * src/components/AwardList.astro and the story preview.
 */
import { t, tMaybe } from '../i18n/strings.ts';
import { formatViDate } from '../lib/dates/plain-date.ts';
import { docNumberSlug } from '../lib/legal/doc-number.ts';
import { paths } from '../lib/site/paths.ts';
import { attr, markup, type Html } from './html.ts';

/** One award as a story's front matter gives it. */
export interface Award {
  /** An option of the awardForm set; shown by its name. */
  form: string;
  title: string;
  issuer: string;
  decisionNumber?: string | undefined;
  decisionDate?: string | undefined;
}

function decisionText(number: string, date: string | undefined): string {
  return date ? t('honorees.decisionDated', { number, date: formatViDate(date) }) : t('honorees.decision', { number });
}

function decisionHtml({ decisionNumber: number, decisionDate: date }: Award, documentIds: ReadonlySet<string>): Html {
  if (number) {
    const words = decisionText(number, date);
    const linked = documentIds.has(docNumberSlug(number));
    return markup`
      <p class="small">
        ${linked ? markup`<a${attr('href', paths.documentByNumber(number))}>${words}</a>` : words}
      </p>`;
  }
  return markup`${date && markup`<p class="small"><time${attr('datetime', date)}>${formatViDate(date)}</time></p>`}`;
}

/** `documentIds`: the ids of the documents the site publishes (a decision among them is linked). */
export function awardListHtml(awards: readonly Award[], documentIds: ReadonlySet<string>): Html {
  return markup`
    <ul class="award-list">
      ${awards.map(
        (award) => markup`
          <li>
            <p>
              <strong>${award.title}</strong>
            </p>
            <p class="secondary small">${tMaybe(`option.awardForm.${award.form}`) ?? award.form} · ${award.issuer}</p>
            ${decisionHtml(award, documentIds)}
          </li>`,
      )}
    </ul>`;
}
