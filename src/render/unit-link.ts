/**
 * The link button of an article, clause, point or plan item: a plain link to its anchor, so
 * it works without JavaScript (the address bar then shows the deep link); with JavaScript a
 * click also copies the citation and the address (src/scripts/legal-links.ts).
 * Rendered by src/components/UnitLink.astro and the document preview.
 */
import { t } from '../i18n/strings.ts';
import { attr, classes, markup, trusted, type Html } from './html.ts';

export interface UnitLinkInput {
  /** Anchor of the unit. */
  id: string;
  /** "Điều 80 khoản 3": names the link for screen readers. */
  label: string;
  /** Full citation copied with the address. */
  citation: string;
  /** Icon only (clauses, points); headings show the word too. */
  compact?: boolean | undefined;
}

const ICON = trusted(
  '<svg class="unit-link__icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="18" height="18"' +
    ' fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round">' +
    '<path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"></path>' +
    '<path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"></path></svg>',
);

export function unitLinkHtml({ id, label, citation, compact = false }: UnitLinkInput): Html {
  return markup`
    <a
      ${attr('class', classes('unit-link', compact && 'unit-link--compact'))}
      ${attr('href', `#${id}`)}
      ${attr('data-citation', citation)}
      ${attr('aria-label', t('documents.unitLinkLabel', { unit: label }))}
    >
      ${ICON}
      <span class="unit-link__text">${t('documents.unitLink')}</span>
    </a>`;
}
