/**
 * Pieces of rendered HTML compared as a browser reads them: parsed with parse5 and written
 * back, so attribute spelling (React's dateTime, Astro's datetime), quoting and entities do
 * not count, and every element and text node does.
 */
import { parseFragment, serialize, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function walk(node: Node, out: Element[]): Element[] {
  if (isElement(node)) out.push(node);
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) walk(child, out);
  return out;
}

/** The HTML written back from its parse. */
export function normalise(html: string): string {
  return serialize(parseFragment(html));
}

/** What to look for: a tag, optionally with a class it must carry and attributes it must have. */
export interface Query {
  tag: string;
  className?: string;
  attrs?: Record<string, string>;
}

function matches(el: Element, { tag, className, attrs = {} }: Query): boolean {
  if (el.tagName !== tag) return false;
  const attr = (name: string) => el.attrs.find((a) => a.name === name)?.value;
  if (className && !(attr('class') ?? '').split(' ').includes(className)) return false;
  return Object.entries(attrs).every(([name, value]) => attr(name) === value);
}

/** Every element matching `query`, in document order, as normalised outer HTML. */
export function pieces(html: string, query: Query): string[] {
  return walk(parseFragment(html), [])
    .filter((el) => matches(el, query))
    .map((el) => serializeOuter(el));
}

/** The normalised inner HTML of the first element matching `query`, or undefined. */
export function innerOf(html: string, query: Query): string | undefined {
  const el = walk(parseFragment(html), []).find((e) => matches(e, query));
  return el && serialize(el);
}
