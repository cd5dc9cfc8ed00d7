/**
 * A legal text ready to show: each unit of src/lib/legal/parse-structure.ts with its
 * citation and its own text rendered to HTML. The tree is built here once, for any Markdown
 * renderer: the site renders with Astro's pipeline, which is asynchronous (H = Promise<string>,
 * then `settleStructure`), the CMS preview with a synchronous one (H = string).
 */
import { citation, unitCitation, type CitableDocument } from './citation.ts';
import {
  tableOfContents,
  type LegalStructure,
  type LegalUnit,
  type TextBlock,
  type TocEntry,
} from './parse-structure.ts';

export interface RenderedUnit<H = string> {
  kind: 'unit';
  unit: LegalUnit;
  /** "Điều 80 khoản 3": the unit part of its citation. */
  label: string;
  /** The full citation the link button copies. */
  citation: string;
  leadHtml: H;
  bodyHtml: H;
  children: RenderedUnit<H>[];
}

export interface RenderedText<H = string> {
  kind: 'text';
  role: TextBlock['role'];
  html: H;
}

export interface RenderedStructure<H = string> {
  nodes: (RenderedUnit<H> | RenderedText<H>)[];
  toc: TocEntry[];
  /** True when the body has any recognised unit. */
  hasUnits: boolean;
}

/** How Markdown becomes HTML: a block with heading ids starting with `prefix`, and one inline line. */
export interface MarkdownRenderers<H> {
  block: (markdown: string, prefix: string) => H;
  inline: (markdown: string) => H;
}

function unitOf<H>(
  unit: LegalUnit,
  above: LegalUnit[],
  doc: CitableDocument,
  md: MarkdownRenderers<H>,
): RenderedUnit<H> {
  const chain = [...above, unit];
  return {
    kind: 'unit',
    unit,
    label: unitCitation(chain),
    citation: citation(chain, doc),
    leadHtml: md.inline(unit.lead),
    bodyHtml: md.block(unit.body, `${unit.id}-`),
    children: unit.children.map((child) => unitOf(child, chain, doc, md)),
  };
}

/** The parsed structure of `doc` with every piece of Markdown passed through `md`. */
export function renderedStructure<H>(
  structure: LegalStructure,
  doc: CitableDocument,
  md: MarkdownRenderers<H>,
): RenderedStructure<H> {
  const nodes = structure.nodes.map((node): RenderedUnit<H> | RenderedText<H> =>
    node.kind === 'text'
      ? { kind: 'text', role: node.role, html: md.block(node.body, `${node.role}-`) }
      : unitOf(node, [], doc, md),
  );
  return { nodes, toc: tableOfContents(structure), hasUnits: nodes.some((n) => n.kind === 'unit') };
}

async function settleUnit(unit: RenderedUnit<Promise<string>>): Promise<RenderedUnit> {
  const [leadHtml, bodyHtml, children] = await Promise.all([
    unit.leadHtml,
    unit.bodyHtml,
    Promise.all(unit.children.map(settleUnit)),
  ]);
  return { ...unit, leadHtml, bodyHtml, children };
}

/** Waits for every piece of HTML of a structure rendered asynchronously. */
export async function settleStructure(structure: RenderedStructure<Promise<string>>): Promise<RenderedStructure> {
  const nodes = await Promise.all(
    structure.nodes.map(async (node) => (node.kind === 'text' ? { ...node, html: await node.html } : settleUnit(node))),
  );
  return { ...structure, nodes };
}
