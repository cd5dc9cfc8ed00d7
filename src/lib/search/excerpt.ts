import { foldViLower } from '../text/fold-vi.ts';
import { TOKENS_CLOSE, TOKENS_OPEN, TWIN_CLOSE, TWIN_OPEN } from './twins.ts';

/**
 * Excerpts in the original Vietnamese. Pagefind reports where a page matched as word
 * positions in the indexed text, which also holds the folded twins ("thi đua 〔dua〕") and the
 * hidden search words. A match on a twin is moved to the word it follows, hidden words are
 * dropped, and the window with the most matches is cut out with the matches marked.
 */

/** How Pagefind splits indexed text into words (whitespace, except U+FEFF). */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

export interface ExcerptOptions {
  /** Number of words shown. */
  length: number;
  /** Only words from this position (inclusive) to `to` (exclusive) are used: one section of a page. */
  from?: number | undefined;
  to?: number | undefined;
  /** Put before or after a cut text. */
  ellipsis?: string | undefined;
  /**
   * The query's words, folded (queryTerms). Pagefind also matches words that only start with
   * a query word ("thi" → "thiện"); given the terms, only whole words are marked, and the start
   * of a word only for the last term (still being typed). Without any whole-word match,
   * Pagefind's matches are kept.
   */
  terms?: readonly string[] | undefined;
}

export interface Excerpt {
  /** Escaped HTML with <mark> around the matches. */
  html: string;
  /** The same words as plain text. */
  text: string;
  /** Number of original words matched in the range. */
  matches: number;
}

interface Word {
  text: string;
  /** Index in the indexed text's word list. */
  at: number;
  marked: boolean;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One word of the indexed text, and whether it is a twin or a hidden search word. */
interface Token {
  text: string;
  hidden: boolean;
  twin: boolean;
}

/**
 * The indexed texts last split into words, newest last: a result's text is read for its order,
 * its excerpt and each of its sections, and a long document's text has many sections.
 */
const scans = new Map<string, Token[]>();
const SCANS_KEPT = 16;

function scan(content: string): Token[] {
  const known = scans.get(content);
  if (known) return known;
  const tokens: Token[] = [];
  let twinDepth = 0;
  let tokenDepth = 0;
  for (const text of content.split(WORD_SEPARATORS)) {
    const hidden = twinDepth > 0 || tokenDepth > 0 || text.startsWith(TWIN_OPEN) || text.startsWith(TOKENS_OPEN);
    const twin = twinDepth > 0 || text.startsWith(TWIN_OPEN);
    for (const char of text) {
      if (char === TWIN_OPEN) twinDepth += 1;
      else if (char === TWIN_CLOSE && twinDepth > 0) twinDepth -= 1;
      else if (char === TOKENS_OPEN) tokenDepth += 1;
      else if (char === TOKENS_CLOSE && tokenDepth > 0) tokenDepth -= 1;
    }
    tokens.push({ text, hidden, twin });
  }
  const oldest = scans.keys().next();
  if (scans.size >= SCANS_KEPT && !oldest.done) scans.delete(oldest.value);
  scans.set(content, tokens);
  return tokens;
}

/**
 * The original words of the indexed text in [from, to), with the matched ones marked: a
 * match on a twin marks the word before it; a match on a hidden word marks nothing.
 */
export function originalWords(content: string, locations: readonly number[], from = 0, to = Infinity): Word[] {
  const tokens = scan(content);
  const hits = new Set(locations);
  const words: Word[] = [];
  const end = Math.min(to, tokens.length);
  for (let at = Math.max(0, from); at < end; at += 1) {
    const token = tokens[at];
    if (!token) continue;
    if (token.hidden) {
      const owner = words[words.length - 1];
      if (token.twin && hits.has(at) && owner) owner.marked = true;
      continue;
    }
    if (token.text !== '') words.push({ text: token.text, at, marked: hits.has(at) });
  }
  return words;
}

/**
 * Start of the window of `length` words around the matches: it begins a little before an
 * occurrence of the rarest matched word ("80" rather than "Điều" for "dieu 80"), the one whose
 * window holds the most different matched words, then the most matches. `marks` has, per word,
 * the matched word folded, or undefined.
 */
export function bestWindow(marks: readonly (string | undefined)[], length: number): number {
  if (marks.length <= length) return 0;
  const frequency = new Map<string, number>();
  for (const m of marks) if (m !== undefined) frequency.set(m, (frequency.get(m) ?? 0) + 1);
  if (frequency.size === 0) return 0;
  const rarest = [...frequency].sort((a, b) => a[1] - b[1])[0]?.[0];
  const lead = Math.floor(length / 5);
  let best = 0;
  let bestScore = -1;
  marks.forEach((mark, i) => {
    if (mark !== rarest) return;
    const start = Math.max(0, Math.min(i - lead, marks.length - length));
    const window = marks.slice(start, start + length).filter((m): m is string => m !== undefined);
    const score = new Set(window).size * 1000 + window.length;
    if (score > bestScore) {
      best = start;
      bestScore = score;
    }
  });
  return best;
}

/** A word folded for comparison with query terms: "Đua," → "dua", "98/2023/NĐ-CP" → "982023ndcp". */
export function wordKey(word: string): string {
  return foldViLower(word).replace(/[^\p{L}\p{N}]/gu, '');
}

/** Keeps only the marks on whole query words (see ExcerptOptions.terms). */
function strictMarks(words: Word[], terms: readonly string[]): void {
  if (terms.length === 0) return;
  const whole = new Set(terms);
  const last = terms[terms.length - 1] ?? '';
  const keep = (w: Word) => whole.has(wordKey(w.text)) || (last !== '' && wordKey(w.text).startsWith(last));
  if (!words.some((w) => w.marked && keep(w))) return;
  for (const w of words) if (w.marked && !keep(w)) w.marked = false;
}

export function buildExcerpt(content: string, locations: readonly number[], options: ExcerptOptions): Excerpt {
  const words = originalWords(content, locations, options.from, options.to);
  strictMarks(words, options.terms ?? []);
  const start = bestWindow(
    words.map((w) => (w.marked ? wordKey(w.text) : undefined)),
    options.length,
  );
  const shown = words.slice(start, start + options.length);
  const ellipsis = options.ellipsis ?? '…';
  const before = start > 0 ? `${ellipsis} ` : '';
  const after = start + options.length < words.length ? ` ${ellipsis}` : '';
  let html = '';
  let open = false;
  shown.forEach((word, i) => {
    if (i > 0) html += ' ';
    if (word.marked && !open) {
      html += '<mark>';
      open = true;
    }
    html += escapeHtml(word.text);
    const next = shown[i + 1];
    if (open && !(next?.marked ?? false)) {
      html += '</mark>';
      open = false;
    }
  });
  return {
    html: `${escapeHtml(before)}${html}${escapeHtml(after)}`,
    text: `${before}${shown.map((w) => w.text).join(' ')}${after}`,
    matches: words.filter((w) => w.marked).length,
  };
}

export interface Coverage {
  /** How many of the query's words the text has (the last one may be the start of a word). */
  terms: number;
  /** True when the text has all of them one after the other, in the query's order. */
  phrase: boolean;
}

/** How well a page's original text covers the query's words (see queryTerms). */
export function termCoverage(content: string, terms: readonly string[]): Coverage {
  if (terms.length === 0) return { terms: 0, phrase: false };
  // Punctuation standing alone ("xanh – sạch – đẹp") does not break a phrase.
  const keys = originalWords(content, [])
    .map((w) => wordKey(w.text))
    .filter(Boolean);
  const last = terms.length - 1;
  const fits = (key: string, i: number) => key === terms[i] || (i === last && key.startsWith(terms[i] ?? ''));
  const found = terms.filter((_, i) => keys.some((key) => fits(key, i))).length;
  let phrase = false;
  if (found === terms.length && terms.length > 1) {
    for (let start = 0; start + terms.length <= keys.length && !phrase; start += 1) {
      phrase = terms.every((_, i) => fits(keys[start + i] ?? '', i));
    }
  }
  return { terms: found, phrase };
}
