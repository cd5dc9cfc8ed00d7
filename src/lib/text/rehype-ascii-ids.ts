import { slugify } from './slug.ts';

/**
 * A rehype plugin giving every heading in rendered Markdown a stable ASCII id built with
 * `slugify` ("Điều 24. Khen thưởng" → "dieu-24-khen-thuong"); repeats get "-2", "-3".
 * Headings that already have an id keep it. Astro's own heading-id step runs afterwards
 * and leaves existing ids alone, so its heading list uses these ids too.
 * Plain unified plugin: no Astro import, no dependency beyond the hast tree shape.
 */

interface HastNode {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const HEADING = /^h[1-6]$/;

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function visitHeadings(node: HastNode, fn: (heading: HastNode) => void): void {
  if (node.type === 'element' && node.tagName && HEADING.test(node.tagName)) fn(node);
  for (const child of node.children ?? []) visitHeadings(child, fn);
}

/**
 * Sets ASCII ids on the headings of a hast tree, in place. `prefix` keeps ids apart when
 * several pieces of Markdown end up on one page (a legal text rendered unit by unit).
 */
export function addAsciiHeadingIds(tree: HastNode, prefix = ''): void {
  const used = new Set<string>();
  visitHeadings(tree, (heading) => {
    const existing = heading.properties?.['id'];
    if (typeof existing === 'string' && existing !== '') {
      used.add(existing);
      return;
    }
    const base = `${prefix}${slugify(textOf(heading)) || 'muc'}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    heading.properties = { ...heading.properties, id };
  });
}

interface FileData {
  data?: { astro?: { frontmatter?: Record<string, unknown> } };
}

/**
 * The plugin, for `markdown.rehypePlugins` in astro.config.mjs. A string `headingIdPrefix`
 * in the rendered file's front matter is put before every id.
 */
export default function rehypeAsciiIds() {
  return (tree: HastNode, file?: FileData) => {
    const prefix = file?.data?.astro?.frontmatter?.['headingIdPrefix'];
    addAsciiHeadingIds(tree, typeof prefix === 'string' ? prefix : '');
  };
}
