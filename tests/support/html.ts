/**
 * Built HTML read with a real parser (parse5, the parser browsers' algorithm follows),
 * flattened into a list of elements in document order for simple queries in tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'parse5';

export interface El {
  tag: string;
  attrs: Record<string, string>;
  parent: El | undefined;
  /** Text content of the element (descendant text nodes, concatenated). */
  text: string;
}

interface P5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
  value?: string;
}

export interface Page {
  /** Path of the file relative to the site root, with forward slashes (guong-sang/x/index.html). */
  file: string;
  /** URL path the file is served at (/guong-sang/x/, /404.html). */
  url: string;
  elements: El[];
}

/** Parses an HTML document into its elements in document order. */
export function parseHtml(html: string): El[] {
  const out: El[] = [];
  const visit = (node: P5Node, parent: El | undefined): string => {
    if (node.nodeName === '#text') return node.value ?? '';
    let el = parent;
    if (node.tagName) {
      el = {
        tag: node.tagName,
        attrs: Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value])),
        parent,
        text: '',
      };
      out.push(el);
    }
    let text = '';
    for (const child of node.content?.childNodes ?? node.childNodes ?? []) text += visit(child, el);
    if (node.tagName && el) el.text = text;
    return text;
  };
  visit(parse(html) as unknown as P5Node, undefined);
  return out;
}

/** True when `el` has an ancestor with tag `tag`. */
export function inside(el: El, tag: string): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.tag === tag) return true;
  return false;
}

/** Every file under `dir`, relative, with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The URL path a built file is served at. */
export function urlOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** Every HTML page of the built site at `dir`, parsed. */
export function readPages(dir: string): Page[] {
  return listFiles(dir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, url: urlOf(file), elements: parseHtml(readFileSync(join(dir, file), 'utf8')) }));
}
