/**
 * A document's Markdown body rendered unit by unit: the structure comes from
 * src/lib/legal/parse-structure.ts, each unit's own text is rendered with the same Markdown
 * pipeline as the rest of the site (GFM, smart quotes, the editor's HTML sanitised, ASCII
 * heading ids prefixed with the unit's anchor), and each unit carries its citation for the link button.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { REHYPE_PLUGINS } from '../lib/text/markdown-plugins.ts';
import {
  parseStructure,
  tableOfContents,
  type LegalStructure,
  type LegalUnit,
  type TextBlock,
  type TocEntry,
} from '../lib/legal/parse-structure.ts';
import { citation, unitCitation, type CitableDocument } from '../lib/legal/citation.ts';

export interface RenderedUnit {
  kind: 'unit';
  unit: LegalUnit;
  /** "Điều 80 khoản 3": the unit part of its citation. */
  label: string;
  /** The full citation the link button copies. */
  citation: string;
  leadHtml: string;
  bodyHtml: string;
  children: RenderedUnit[];
}

export interface RenderedText {
  kind: 'text';
  role: TextBlock['role'];
  html: string;
}

export interface RenderedStructure {
  nodes: (RenderedUnit | RenderedText)[];
  toc: TocEntry[];
  /** True when the body has any recognised unit. */
  hasUnits: boolean;
}

let processor: Promise<MarkdownRenderer> | undefined;

function renderer(): Promise<MarkdownRenderer> {
  processor ??= createMarkdownProcessor({ syntaxHighlight: false, rehypePlugins: REHYPE_PLUGINS });
  return processor;
}

/** Markdown to HTML; heading ids start with `prefix`. */
export async function renderMarkdown(markdown: string, prefix = ''): Promise<string> {
  if (markdown.trim() === '') return '';
  const { code } = await (await renderer()).render(markdown, { frontmatter: { headingIdPrefix: prefix } });
  return code;
}

/** Markdown of one line to inline HTML (the paragraph around it removed). */
export async function renderInline(markdown: string): Promise<string> {
  const html = (await renderMarkdown(markdown)).trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1]?.includes('<p>') ? (single[1] ?? '') : html;
}

async function renderUnit(unit: LegalUnit, above: LegalUnit[], doc: CitableDocument): Promise<RenderedUnit> {
  const chain = [...above, unit];
  const [leadHtml, bodyHtml, children] = await Promise.all([
    renderInline(unit.lead),
    renderMarkdown(unit.body, `${unit.id}-`),
    Promise.all(unit.children.map((child) => renderUnit(child, chain, doc))),
  ]);
  return {
    kind: 'unit',
    unit,
    label: unitCitation(chain),
    citation: citation(chain, doc),
    leadHtml,
    bodyHtml,
    children,
  };
}

/** Renders a parsed structure for `doc`. */
export async function renderStructure(structure: LegalStructure, doc: CitableDocument): Promise<RenderedStructure> {
  const nodes = await Promise.all(
    structure.nodes.map(async (node): Promise<RenderedUnit | RenderedText> =>
      node.kind === 'text'
        ? { kind: 'text', role: node.role, html: await renderMarkdown(node.body, `${node.role}-`) }
        : renderUnit(node, [], doc),
    ),
  );
  return { nodes, toc: tableOfContents(structure), hasUnits: nodes.some((n) => n.kind === 'unit') };
}

/** Parses and renders a document body. */
export function renderLegalText(body: string, doc: CitableDocument): Promise<RenderedStructure> {
  return renderStructure(parseStructure(body), doc);
}
