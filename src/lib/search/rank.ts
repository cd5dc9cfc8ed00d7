import { parseDocNumber } from '../legal/doc-number.ts';
import { lookupDocuments, parseLookupQuery, symbolTokens, type LookupEntry } from '../legal/lookup.ts';

/**
 * Putting results in the order people expect, on top of Pagefind's own ranking:
 * exact spelling first when the query was typed with marks, the document whose number was
 * typed first, and within a page the section that the query names (Điều 80) first.
 */

export interface Hit {
  id: string;
  score: number;
}

/**
 * Results of the search with exact marks first (in their order), then the results that only
 * match with marks ignored. Each page appears once.
 */
export function mergeExactFirst<T extends Hit>(exact: readonly T[], folded: readonly T[]): T[] {
  const seen = new Set(exact.map((h) => h.id));
  return [...exact, ...folded.filter((h) => !seen.has(h.id))];
}

/**
 * Length of the longest run of matched word positions that follow each other, allowing one
 * word in between (the folded twin after a word with đ: "Đỗ 〔Do〕 Thị Nga"). Pagefind gives
 * these positions for every result before any page is loaded, so a page holding the query as
 * a phrase can be told from one holding its words apart without loading it.
 */
export function longestRun(positions: readonly number[]): number {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  let best = sorted.length > 0 ? 1 : 0;
  let run = 1;
  for (let i = 1; i < sorted.length; i += 1) {
    const gap = (sorted[i] ?? 0) - (sorted[i - 1] ?? 0);
    run = gap <= 2 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

/**
 * Brings the results that hold the query's words as a phrase (a run of `terms` positions)
 * forward, exact-marks results still first, keeping the order otherwise. Pagefind ranks a page
 * where "đỗ", "thị" and "nga" are far apart (or only start words like "ngày") as high as the
 * page about Đỗ Thị Nga; this lets the right page into the first results.
 */
export function phrasesFirst<T extends { id: string; words: readonly number[] }>(
  hits: readonly T[],
  terms: number,
  exactIds: ReadonlySet<string>,
): T[] {
  if (terms < 2) return [...hits];
  return hits
    .map((hit, i) => ({ hit, i, exact: exactIds.has(hit.id), phrase: longestRun(hit.words) >= terms }))
    .sort((a, b) => Number(b.exact) - Number(a.exact) || Number(b.phrase) - Number(a.phrase) || a.i - b.i)
    .map(({ hit }) => hit);
}

/** What the result list knows of a document result, enough for the number lookup. */
export interface DocumentFacts {
  number: string;
  type: string;
  date: string;
  anchors: readonly string[];
  title: string;
}

/**
 * True when the query clearly names a document number: with a slash ("98/2023", "08/KH-UBND"),
 * a year, a type ("nghị định 98") or a symbol part of one of the documents ("nd 98"). A bare
 * number ("tổ 3") is not enough.
 */
function namesNumber(query: string, symbols: readonly string[]): boolean {
  const parsed = parseLookupQuery(query);
  if (parsed.number === undefined) return false;
  if (/\d\s*\//.test(query) || parsed.year !== undefined || parsed.type !== undefined) return true;
  const parts = symbols.flatMap((s) => symbolTokens(s));
  return parsed.symbol.some((token) => parts.some((p) => p.startsWith(token)));
}

/**
 * Moves the documents whose number (and type) or article the query names to the front, best
 * match first, keeping the order of everything else. `facts` gives a result's document facts,
 * or undefined for a page that is not a document.
 */
export function pinDocuments<T>(query: string, results: readonly T[], facts: (r: T) => DocumentFacts | undefined): T[] {
  const entries: LookupEntry[] = [];
  results.forEach((result, i) => {
    const f = facts(result);
    if (f)
      entries.push({
        id: String(i),
        number: f.number,
        title: f.title,
        type: f.type,
        issued: f.date,
        anchors: f.anchors,
      });
  });
  if (entries.length === 0) return [...results];
  const parsed = parseLookupQuery(query);
  const symbols = entries.map((e) => parseDocNumber(e.number)?.symbol ?? '');
  if (parsed.number !== undefined ? !namesNumber(query, symbols) : parsed.anchor === undefined) return [...results];
  const first = lookupDocuments(query, entries)
    .sort((a, b) => b.score - a.score || Number(a.entry.id) - Number(b.entry.id))
    .map((m) => results[Number(m.entry.id)] as T);
  const pinned = new Set(first);
  return [...first, ...results.filter((r) => !pinned.has(r))];
}

/** What is known about one of the first results once its page is loaded. */
export interface Judged<T> {
  hit: T;
  /** From the search with exact marks (a query typed with marks). */
  exact: boolean;
  /** Query words the page has, and whether it has them as a phrase. */
  terms: number;
  phrase: boolean;
  /** A page that repeats another one's text (a radio script of a story): after the original. */
  secondary: boolean;
}

/**
 * Orders the first results, whose pages are loaded: exact-marks results stay before the others,
 * then pages with more of the query's words come first (Pagefind also counts pages that have
 * only some of them, or words that only start like them), then original pages before the radio
 * scripts that repeat them, then pages with the words together as typed ("đỗ thị nga" before a
 * page with "đó", "thì" and "ngày" apart), then Pagefind's order.
 */
export function rerankByCoverage<T>(judged: readonly Judged<T>[]): T[] {
  return judged
    .map((j, i) => ({ j, i }))
    .sort(
      (a, b) =>
        Number(b.j.exact) - Number(a.j.exact) ||
        b.j.terms - a.j.terms ||
        Number(a.j.secondary) - Number(b.j.secondary) ||
        Number(b.j.phrase) - Number(a.j.phrase) ||
        a.i - b.i,
    )
    .map(({ j }) => j.hit);
}

export interface Section {
  url: string;
  /** Number of matched words in the section. */
  matches: number;
}

/**
 * Sections of a page to show under its result: the one the query names first (its URL ends with
 * #anchor, or #anchor-…), then the others by number of matches; at most `limit`.
 */
export function orderSections<T extends Section>(
  sections: readonly T[],
  anchor: string | undefined,
  limit: number,
): T[] {
  const named = (s: T) => {
    if (!anchor) return 0;
    const hash = s.url.split('#')[1] ?? '';
    if (hash === anchor) return 2;
    return hash.startsWith(`${anchor}-`) ? 1 : 0;
  };
  return sections
    .map((s, i) => ({ s, i }))
    .sort((a, b) => named(b.s) - named(a.s) || b.s.matches - a.s.matches || a.i - b.i)
    .slice(0, limit)
    .map(({ s }) => s);
}
