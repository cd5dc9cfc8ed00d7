/**
 * The warning that some facts about a document are not yet checked against the original,
 * with the official source to check against. Rendered by src/components/UnverifiedNotice.astro
 * and the document preview.
 */
import { t } from '../i18n/strings.ts';
import { attr, markup, type Html } from './html.ts';

/** `items`: what is not checked yet; `source`: the official source's address, if known. */
export function unverifiedNoticeHtml(items: readonly string[], source?: string): Html {
  return markup`
    <div class="notice notice--warning" role="note">
      <p class="notice__title">${t('documents.unverified')}</p>
      <p>${t('documents.unverifiedNote')}</p>
      <ul>${items.map((item) => markup`<li>${item}</li>`)}</ul>
      ${source && markup`<p><a${attr('href', source)}>${t('documents.source')}</a></p>`}
    </div>`;
}
