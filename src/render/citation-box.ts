/**
 * How to cite the whole document, with buttons to copy the citation and to print. The buttons
 * need JavaScript, so they stay hidden until src/scripts/legal-links.ts shows them; the
 * citation itself is plain text anyone can select. Rendered by src/components/CitationBox.astro
 * and the document preview.
 */
import { t } from '../i18n/strings.ts';
import { attr, markup, type Html } from './html.ts';

/** `withUnits`: whether the text below has link buttons (then the hint explains them). */
export function citationBoxHtml(citation: string, withUnits: boolean): Html {
  return markup`
    <div class="citation-box">
      <h2 class="citation-box__title" id="citation-title">${t('documents.citation')}</h2>
      <p class="citation-box__text">${citation}</p>
      <div class="citation-box__actions no-print">
        <button type="button" class="button button--secondary"${attr('data-copy-citation', citation)} hidden>
          ${t('documents.copyCitation')}
        </button>
        <button type="button" class="button button--secondary" data-print hidden>${t('documents.print')}</button>
      </div>
      ${withUnits && markup`<p class="small secondary no-print">${t('documents.citationHint')}</p>`}
    </div>`;
}
