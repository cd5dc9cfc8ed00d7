import { foldVi, foldViLower } from '../text/fold-vi.ts';
import { parseLookupQuery } from '../legal/lookup.ts';
import { tidy } from './url-state.ts';

/**
 * What a typed query becomes before it reaches the index. The index already holds the common
 * ways of writing a document number (src/lib/legal/lookup.ts docNumberVariants) and folded
 * twins of words with đ, so the query only needs tidying: look-alike letters and slashes,
 * spaces inside a number ("98 / 2023 / NĐ - CP"), and the filler word "số" before a document
 * number.
 */

/** Characters people paste or type instead of the ones documents use. */
const LOOK_ALIKES: [RegExp, string][] = [
  [/Ð/g, 'Đ'], // U+00D0 (Icelandic eth) for U+0110
  [/ð/g, 'đ'],
  [/[∕⁄／]/g, '/'],
  [/[‐‑‒–—−]/g, '-'],
];

/** A number's symbol with spaces around its hyphens, after the slashes were joined: "08/KH - UBND". */
const SPACED_SYMBOL = /\d\/(?:\d{4}\/)?\p{L}[\p{L}\d]*(?:(?:-|\s+-\s*|\s*-\s+)[A-ZĐ][\p{L}\d]*)+/gu;

/** "98 / 2023 / NĐ - CP" → "98/2023/NĐ-CP"; "08 / KH - UBND" → "08/KH-UBND". */
function joinNumbers(text: string): string {
  return text.replace(/(\d)\s*\/\s*(?=[\p{L}\d])/gu, '$1/').replace(SPACED_SYMBOL, (span) => span.replace(/\s+/g, ''));
}

/** Tidies a typed query for the index (see above). Keeps case and marks. */
export function normalizeQuery(raw: string): string {
  let text = raw.normalize('NFC');
  for (const [from, to] of LOOK_ALIKES) text = text.replace(from, to);
  text = joinNumbers(tidy(text));
  // "số 98/2023" → "98/2023": "số" (number) is on nearly every page.
  text = text.replace(/(^|\s)(?:số|so|Số|So|SỐ|SO)\s+(?=\d+\/)/g, '$1');
  return tidy(text);
}

/** True when the text has any Vietnamese mark, đ included. */
export function hasMarks(text: string): boolean {
  return foldVi(text) !== text.normalize('NFC');
}

/** The query's words folded as excerpts compare them: "Thi đua 98/2023" → ["thi", "dua", "982023"]. */
export function queryTerms(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => foldViLower(word).replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
}

export interface QueryPlan {
  /** The query for the index. */
  text: string;
  /** Its words, folded (queryTerms). */
  terms: string[];
  /**
   * Typed with marks: pages with exactly those marks come first, before pages that only
   * match once marks are ignored ("dừa" before "dưa", "thi đua" before "thi dua").
   */
  exactFirst: boolean;
  /** Anchor of an article, clause or point named in the query ("dieu 80" → "dieu-80"). */
  anchor?: string | undefined;
  /** True when the query names a document number (then documents with that number come first). */
  docNumber: boolean;
}

export function planQuery(raw: string): QueryPlan {
  const text = normalizeQuery(raw);
  const lookup = parseLookupQuery(text);
  return {
    text,
    terms: queryTerms(text),
    exactFirst: hasMarks(text),
    anchor: lookup.anchor,
    docNumber: lookup.number !== undefined,
  };
}
