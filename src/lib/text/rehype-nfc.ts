/**
 * A rehype plugin that puts every text and attribute value of rendered Markdown in Unicode
 * NFC. Front matter is normalised when it is read (src/lib/content/frontmatter.ts), but Astro
 * renders an entry's body from the file as saved, and text pasted from a PDF or typed on some
 * keyboards arrives decomposed ("ề" as e + two combining marks): it would then be searched,
 * read aloud and displayed differently from the same words elsewhere on the site.
 */
import type { Element, Root, RootContent } from 'hast';

function normaliseProperties(el: Element): void {
  for (const [name, value] of Object.entries(el.properties)) {
    if (typeof value === 'string') el.properties[name] = value.normalize('NFC');
    else if (Array.isArray(value))
      el.properties[name] = value.map((v) => (typeof v === 'string' ? v.normalize('NFC') : v));
  }
}

function visit(node: Root | RootContent): void {
  if (node.type === 'text' || node.type === 'comment' || node.type === 'raw') node.value = node.value.normalize('NFC');
  if (node.type === 'element') normaliseProperties(node);
  if ('children' in node) for (const child of node.children) visit(child);
}

/** The plugin, for the site's Markdown pipeline (src/lib/text/markdown-plugins.ts). */
export default function rehypeNfc() {
  return (tree: Root): void => visit(tree);
}
