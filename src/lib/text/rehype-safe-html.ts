/**
 * A rehype plugin that makes rendered Markdown safe to publish: HTML an editor typed into an
 * entry's body is parsed (hast-util-raw, as Astro would do later) and then cleaned with
 * hast-util-sanitize against SAFE_SCHEMA, GitHub's rules tightened for this site. Scripts,
 * styles, frames, embedded objects and forms go with their content; event handler
 * attributes, `style` attributes and links to javascript:, data: and other schemes go; what
 * ordinary Markdown produces (headings, lists, tables, images, footnotes, task lists) stays.
 *
 * Runs before rehype-ascii-ids, so heading ids are added to the cleaned tree. Editors'
 * own id attributes are dropped (they could clash with the page's ids: #main, #toc-title);
 * only the ids GFM footnotes generate (user-content-…, footnote-label) are kept.
 *
 * Trusted MDX files (written by developers, never edited through the CMS: see
 * src/loaders/checked-glob.ts) are left as they are: their components are not HTML.
 */
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import type { Element, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';

type Schema = NonNullable<Parameters<typeof rehypeSanitize>[0]>;
type AttributeList = NonNullable<Schema['attributes']>[string];

/** Attributes GitHub allows everywhere that a page for the public should not take from an editor. */
const DROPPED_GLOBAL = new Set(['id', 'name', 'tabIndex', 'accessKey', 'action', 'method', 'encType', 'acceptCharset']);

/** Ids GFM footnotes give their definitions, references and label. */
const FOOTNOTE_ID = /^(user-content-|footnote-label$)/;

const globalAttributes: AttributeList = (defaultSchema.attributes?.['*'] ?? []).filter(
  (a) => !DROPPED_GLOBAL.has(typeof a === 'string' ? a : a[0]),
);

export const SAFE_SCHEMA: Schema = {
  ...defaultSchema,
  // Clobbering would rename footnote ids a second time; foreign ids are refused outright instead.
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...globalAttributes, ['id', FOOTNOTE_ID]],
    a: [...(defaultSchema.attributes?.['a'] ?? []), ['ariaDescribedBy', 'footnote-label']],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
  // Removed with everything inside them, so no code or markup turns up as visible text.
  strip: ['script', 'style', 'iframe', 'frame', 'object', 'embed', 'noscript', 'template', 'textarea', 'svg', 'math'],
};

const parseRaw = rehypeRaw();
const clean = rehypeSanitize(SAFE_SCHEMA);

/** GFM task lists make disabled checkboxes; any other <input> an editor typed is removed, not turned into one. */
function dropForeignInputs(node: Root | Element): void {
  node.children = node.children.filter(
    (child: RootContent) =>
      !(child.type === 'element' && child.tagName === 'input' && child.properties['type'] !== 'checkbox'),
  );
  for (const child of node.children) if (child.type === 'element') dropForeignInputs(child);
}

/** True for files whose body is trusted MDX rather than an editor's Markdown. */
function isMdx(file: VFile | undefined): boolean {
  return typeof file?.path === 'string' && /\.mdx$/i.test(file.path);
}

/** The plugin, for the site's Markdown pipeline (src/lib/text/markdown-plugins.ts). */
export default function rehypeSafeHtml() {
  return (tree: Root, file: VFile): Root => {
    if (isMdx(file)) return tree;
    const parsed = parseRaw(tree, file);
    dropForeignInputs(parsed);
    return clean(parsed);
  };
}
