/**
 * Deleting keys and list items from YAML as an editor would: the lines that hold them are
 * cut out and every other line stays as it was written (re-serialising the whole document
 * would re-wrap and re-quote text nobody touched). When the text cannot be cut by lines (a
 * flow list such as `[a, b]`), or the result would not mean what was asked, the document is
 * written out again by the yaml library instead. Top-level text values are set the same way:
 * only the value is replaced.
 */
import { isMap, isScalar, isSeq, parse, parseDocument, stringify, type Document } from 'yaml';

/** A path into the YAML: keys and list indices. */
export type YamlPath = readonly (string | number)[];

/** Start of the line holding offset `at`. */
function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** End of the line holding the character before `at`, after its line break; `at` itself when it starts a line. */
function lineEnd(text: string, at: number): number {
  if (at === 0 || text[at - 1] === '\n') return at;
  const next = text.indexOf('\n', at);
  return next === -1 ? text.length : next + 1;
}

/** The lines a key or list item occupies, or undefined when they cannot be cut out by lines. */
function linesOf(doc: Document, text: string, path: YamlPath): [number, number] | undefined {
  const last = path[path.length - 1];
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  let start: number | undefined;
  let end: number | undefined;
  if (isMap(parent) && !parent.flow) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
    const key = pair && isScalar(pair.key) ? pair.key : undefined;
    const value = pair?.value as { range?: [number, number, number] } | null | undefined;
    start = key?.range?.[0];
    end = value?.range?.[2] ?? key?.range?.[2];
  } else if (isSeq(parent) && !parent.flow && typeof last === 'number') {
    const item = parent.items[last] as { range?: [number, number, number] } | undefined;
    start = item?.range?.[0];
    end = item?.range?.[2];
  }
  if (start === undefined || end === undefined) return undefined;
  return [lineStart(text, start), lineEnd(text, end)];
}

/** `data` with `paths` deleted one after another, as plain values. */
function deleteFromData(data: unknown, paths: readonly YamlPath[]): unknown {
  const copy = structuredClone(data);
  for (const path of paths) {
    let node = copy as Record<string | number, unknown> | unknown[] | undefined;
    for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)?.[key] as typeof node;
    const last = path[path.length - 1];
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else if (node && typeof node === 'object' && last !== undefined) delete (node as Record<string | number, unknown>)[last];
  }
  return copy;
}

/**
 * `text` without the keys and list items at `paths`, applied in the order given (so list
 * indices are given highest first, as src/content-pipeline/example-removal.ts produces them).
 */
export function deleteYamlPaths(text: string, paths: readonly YamlPath[]): string {
  if (paths.length === 0) return text;
  const options = { schema: 'core' as const };
  const expected = JSON.stringify(deleteFromData(parse(text, options), paths));
  const doc = parseDocument(text, options);
  const cuts = paths.map((path) => linesOf(doc, text, path));
  if (cuts.every((c) => c !== undefined)) {
    let out = text;
    for (const [start, end] of [...cuts].sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
    if (JSON.stringify(parse(out, options) ?? {}) === expected) return out;
  }
  for (const path of paths) doc.deleteIn(path);
  return doc.toString({ lineWidth: 0 });
}

/** A string as one line of YAML: plain when it can be, quoted when it must. */
function scalarText(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/**
 * `text` with the top-level keys in `values` set to those strings: an existing value is
 * replaced where it stands, a missing key is added at the end.
 */
export function setYamlValues(text: string, values: Readonly<Record<string, string>>): string {
  const options = { schema: 'core' as const };
  const data = (parse(text, options) ?? {}) as Record<string, unknown>;
  const expected = JSON.stringify({ ...data, ...values });
  const doc = parseDocument(text, options);
  const map = doc.contents;
  const replacements: [number, number, string][] = [];
  const added: string[] = [];
  let cuttable = isMap(map) && !map.flow;
  for (const [key, value] of Object.entries(values)) {
    if (!cuttable || !isMap(map)) break;
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (!pair) added.push(`${key}: ${scalarText(value)}\n`);
    else if (isScalar(pair.value) && pair.value.range) {
      if (pair.value.value === value) continue;
      replacements.push([pair.value.range[0], pair.value.range[1], scalarText(value)]);
    } else cuttable = false;
  }
  if (cuttable) {
    let out = text;
    for (const [start, end, replacement] of replacements.sort((a, b) => b[0] - a[0]))
      out = out.slice(0, start) + replacement + out.slice(end);
    if (added.length > 0) out = `${out}${out === '' || out.endsWith('\n') ? '' : '\n'}${added.join('')}`;
    if (JSON.stringify(parse(out, options) ?? {}) === expected) return out;
  }
  for (const [key, value] of Object.entries(values)) doc.set(key, value);
  return doc.toString({ lineWidth: 0 });
}
