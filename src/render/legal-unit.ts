/**
 * One unit of a legal text (Phần, Chương, Mục, Điều, khoản, điểm, or a plan's I. / 1. / a))
 * with its anchor, its link button, its own text and its sub-units; and the whole text with
 * its table of contents (src/components/DocumentBody.astro). Headings go one level deeper for
 * each heading above them, never past h6. data-pagefind-title names the unit in search
 * results, which link to its anchor (/tim-kiem/?q=dieu+80 → #dieu-80).
 * Rendered by src/components/LegalUnit.astro, DocumentBody.astro and the document preview.
 */
import { t } from '../i18n/strings.ts';
import type { UnitKind } from '../lib/legal/parse-structure.ts';
import type { RenderedStructure, RenderedUnit } from '../lib/legal/rendered.ts';
import { attr, classes, markup, trusted, type Html } from './html.ts';
import { legalTocHtml } from './legal-toc.ts';
import { unitLinkHtml } from './unit-link.ts';

/** Units always shown as headings (others only when they have a title). */
const HEADINGS: ReadonlySet<UnitKind> = new Set(['phan', 'chuong', 'muc', 'tieu-muc', 'dieu', 'section']);
/** Units whose label stands above their title. */
const STACKED: ReadonlySet<UnitKind> = new Set(['phan', 'chuong', 'muc', 'tieu-muc']);

/** h2…h6 for a level, clamped. */
export function headingTag(level: number): string {
  return `h${Math.min(6, Math.max(2, level))}`;
}

function headHtml(node: RenderedUnit, isHeading: boolean, level: number): Html {
  const { unit } = node;
  const label = markup`<span class="lu__label">${t(`legal.label.${unit.kind}`, { n: unit.number })}</span>`;
  const link = { id: unit.id, label: node.label, citation: node.citation };
  if (!isHeading) {
    return markup`
      <div class="lu__row">
        <p class="lu__lead">${label} ${trusted(node.leadHtml)}</p>
        ${unitLinkHtml({ ...link, compact: true })}
      </div>`;
  }
  const tag = trusted(headingTag(level));
  return markup`
    <div class="lu__head">
      <${tag} class="lu__heading">
        ${label} ${unit.title && markup`<span class="lu__title">${unit.title}</span>`}
      </${tag}>
      ${unitLinkHtml(link)}
    </div>`;
}

/** One unit and its sub-units; `level` is its heading level when it is shown as a heading. */
export function legalUnitHtml(node: RenderedUnit, level: number): Html {
  const { unit } = node;
  const isHeading = HEADINGS.has(unit.kind) || unit.title !== '';
  return markup`
    <div
      ${attr('class', classes('lu', `lu--${unit.kind}`, STACKED.has(unit.kind) && 'lu--stacked'))}
      ${attr('id', unit.id)}
      ${attr('data-pagefind-title', unit.title ? `${node.label}. ${unit.title}` : node.label)}
    >
      ${headHtml(node, isHeading, level)}
      ${node.bodyHtml && markup`<div class="lu__body">${trusted(node.bodyHtml)}</div>`}
      ${node.children.map((child) => legalUnitHtml(child, isHeading ? level + 1 : level))}
    </div>`;
}

/**
 * A document's text with its structure: the table of contents beside (wide screens) or above
 * (phones) the text when there is more than one entry, then the text blocks and units.
 */
export function legalTextHtml(text: RenderedStructure, level: number): Html {
  const withToc = text.toc.length > 1 || (text.toc[0]?.children.length ?? 0) > 0;
  const tag = trusted(headingTag(level));
  const toc = markup`
    <nav class="legal__toc" aria-labelledby="toc-title">
      <${tag} class="legal__toc-title" id="toc-title">${t('documents.toc')}</${tag}>
      ${legalTocHtml(text.toc, 'toc-title')}
    </nav>`;
  const nodes = text.nodes.map((node) =>
    node.kind === 'text'
      ? markup`<div${attr('class', `legal__${node.role}`)}>${trusted(node.html)}</div>`
      : legalUnitHtml(node, level),
  );
  return markup`
    <div${attr('class', classes('legal', withToc && 'legal--toc'))}>
      ${withToc && toc}
      <div class="legal__text">${nodes}</div>
    </div>`;
}
