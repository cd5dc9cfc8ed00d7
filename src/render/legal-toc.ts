/**
 * The table of contents of a legal text: chapters, sections, articles and plan items, nested
 * links. Rendered by src/components/LegalToc.astro and the document preview.
 */
import { t } from '../i18n/strings.ts';
import type { TocEntry } from '../lib/legal/parse-structure.ts';
import { attr, markup, type Html } from './html.ts';

/** "Điều 8. Loại hình khen thưởng"; a label that ends in "." or ")" gets no second full stop. */
export function tocEntryText(entry: TocEntry): string {
  const label = t(`legal.label.${entry.kind}`, { n: entry.number });
  if (!entry.text) return label;
  return `${label}${/[.)]$/.test(label) ? '' : '.'} ${entry.text}`;
}

/** The nested list; `labelledBy` is the id of the heading naming it (top level only). */
export function legalTocHtml(entries: readonly TocEntry[], labelledBy?: string): Html {
  const items = entries.map(
    (entry) => markup`
      <li>
        <a${attr('href', `#${entry.id}`)}>${tocEntryText(entry)}</a>
        ${entry.children.length > 0 && legalTocHtml(entry.children)}
      </li>`,
  );
  return markup`<ol class="toc-list"${attr('aria-labelledby', labelledBy)}>${items}</ol>`;
}
