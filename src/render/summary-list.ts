/**
 * A GOV.UK-style summary list: a <dl> of key–value rows. Rendered by
 * src/components/SummaryList.astro and SummaryRow.astro (which pass their slot in) and by the
 * CMS previews, which give each row's value as text or as markup from another render function.
 */
import { markup, type Html, type Part } from './html.ts';

/** One row: the key, and the value (text is escaped, Html is written as it is). */
export function summaryRowHtml(term: string, value: Part): Html {
  return markup`
    <div class="summary-list__row">
      <dt>${term}</dt>
      <dd>${value}</dd>
    </div>`;
}

/** The list around its rows (the results of summaryRowHtml; false or undefined for a row left out). */
export function summaryListHtml(rows: Part): Html {
  return markup`<dl class="summary-list">${rows}</dl>`;
}
