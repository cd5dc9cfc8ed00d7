/**
 * Markdown to HTML in the browser, the way the site renders it: the same steps as Astro's
 * Markdown pipeline (GFM, smart quotes, raw HTML parsed) and the site's own rehype plugins
 * (src/lib/text/markdown-plugins.ts: editors' HTML sanitised, ASCII heading ids), so a
 * preview shows what the build will publish. Synchronous, for use while React renders.
 */
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { REHYPE_PLUGINS } from '../../src/lib/text/markdown-plugins.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkSmartypants)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(REHYPE_PLUGINS as PluggableList)
  .use(rehypeStringify);

/** Markdown to HTML; heading ids start with `headingIdPrefix` (as in a document's units). */
export function markdownHtml(markdown: string, headingIdPrefix = ''): string {
  if (markdown.trim() === '') return '';
  const file = new VFile({ value: markdown, data: { astro: { frontmatter: { headingIdPrefix } } } });
  return String(processor.processSync(file));
}

/** Markdown of one line to inline HTML, without the paragraph around it. */
export function inlineHtml(markdown: string): string {
  const html = markdownHtml(markdown).trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1]?.includes('<p>') ? (single[1] ?? '') : html;
}
