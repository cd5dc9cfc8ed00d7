/**
 * A document's Markdown body rendered unit by unit: the structure comes from
 * src/lib/legal/parse-structure.ts, each unit's own text is rendered with the same Markdown
 * pipeline as the rest of the site (GFM, smart quotes, the editor's HTML sanitised, ASCII
 * heading ids prefixed with the unit's anchor), and each unit carries its citation for the link button.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { REHYPE_PLUGINS } from '../lib/text/markdown-plugins.ts';
import { parseStructure, type LegalStructure } from '../lib/legal/parse-structure.ts';
import type { CitableDocument } from '../lib/legal/citation.ts';
import { renderedStructure, settleStructure, type RenderedStructure } from '../lib/legal/rendered.ts';

export type { RenderedStructure, RenderedText, RenderedUnit } from '../lib/legal/rendered.ts';

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

/** Renders a parsed structure for `doc`. */
export function renderStructure(structure: LegalStructure, doc: CitableDocument): Promise<RenderedStructure> {
  return settleStructure(renderedStructure(structure, doc, { block: renderMarkdown, inline: renderInline }));
}

/** Parses and renders a document body. */
export function renderLegalText(body: string, doc: CitableDocument): Promise<RenderedStructure> {
  return renderStructure(parseStructure(body), doc);
}
