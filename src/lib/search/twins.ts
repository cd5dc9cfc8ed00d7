import { foldVi } from '../text/fold-vi.ts';

/**
 * Folded twins: how the search index learns that "thi dua" means "thi đua".
 *
 * Pagefind folds tone and vowel marks when it searches ("nguoi" finds "người"), but "đ" is a
 * letter of its own that it keeps, so "thi dua" would never find "thi đua". At index time
 * (never on the served pages), every word containing đ or Đ is followed by its folded twin
 * between 〔 and 〕: "thi đua 〔dua〕". Both words are indexed; the search page removes the
 * twins again before showing a title or an excerpt, so people only ever see the original.
 *
 * Extra search words that have no place in the text (the ways a document number is typed,
 * "nd 98", "98/2023") are written between 〖 and 〗 by the page itself: indexed, never shown.
 */

export const TWIN_OPEN = '〔';
export const TWIN_CLOSE = '〕';
export const TOKENS_OPEN = '〖';
export const TOKENS_CLOSE = '〗';

const NEEDS_TWIN = /[đĐ]/;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const MARKERS = /[〔〕〖〗]/;

/** The twin written after a word ("Đua," → "〔Dua〕"), or undefined when it needs none. */
export function twinOf(word: string): string | undefined {
  if (!NEEDS_TWIN.test(word) || MARKERS.test(word)) return undefined;
  const core = foldVi(word).replace(EDGE_PUNCTUATION, '');
  return core === '' ? undefined : `${TWIN_OPEN}${core}${TWIN_CLOSE}`;
}

/** Adds twins after the words of a run of text (HTML-escaped text between two tags). */
export function addTwinsToText(text: string): string {
  if (!NEEDS_TWIN.test(text)) return text;
  let depth = 0;
  return text.replace(/\S+/g, (word) => {
    const inside = depth > 0 || word.startsWith(TOKENS_OPEN) || word.startsWith(TWIN_OPEN);
    for (const char of word) {
      if (char === TOKENS_OPEN || char === TWIN_OPEN) depth += 1;
      else if ((char === TOKENS_CLOSE || char === TWIN_CLOSE) && depth > 0) depth -= 1;
    }
    const twin = inside ? undefined : twinOf(word);
    return twin ? `${word} ${twin}` : word;
  });
}

/** Comments and tags, with quoted attribute values that may contain ">". */
const TAG = /<!--[\s\S]*?-->|<\/?([A-Za-z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;
/** Elements whose content is not page text. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'template', 'noscript']);
/**
 * Elements the indexer would glue to the next one ("Số, ký hiệu" + "98/2023/NĐ-CP" →
 * "hiệu98/2023/NĐ-CP"): a space is put before their closing tag.
 */
const SEPARATED = new Set(['dt', 'dd', 'th', 'td', 'li', 'figcaption', 'summary', 'label', 'legend', 'caption', 'div']);

/**
 * Adds folded twins to the text of a page's <body>, and spaces where the indexer would glue
 * two elements' words together, leaving tags, attributes, scripts and styles alone. Used only
 * on the copy of each page handed to the search indexer.
 */
export function addFoldTwins(html: string): string {
  const bodyAt = html.search(/<body[\s>]/i);
  if (bodyAt < 0) return html;
  let out = html.slice(0, bodyAt);
  let last = bodyAt;
  let raw: string | undefined;
  TAG.lastIndex = bodyAt;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const text = html.slice(last, match.index);
    out += raw ? text : addTwinsToText(text);
    const name = match[1]?.toLowerCase();
    const closing = match[0].startsWith('</');
    if (!raw && closing && name && SEPARATED.has(name)) out += ' ';
    out += match[0];
    if (!raw && name === 'br') out += ' ';
    last = TAG.lastIndex;
    if (!name) continue;
    if (raw) {
      if (closing && name === raw) raw = undefined;
    } else if (!closing && RAW_TEXT.has(name) && !match[0].endsWith('/>')) {
      raw = name;
    }
  }
  const rest = html.slice(last);
  return out + (raw ? rest : addTwinsToText(rest));
}

/** Removes twins and hidden search words from text meant for people ("Thi đua 〔dua〕" → "Thi đua"). */
export function stripTwins(text: string): string {
  return text
    .replace(/\s*〔[^〔〕]*〕/g, '')
    .replace(/\s*〖[^〖〗]*〗/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Writes extra search words so that they are indexed but never shown: "〖nd 98〗 〖98/2023〗". */
export function hiddenTokens(tokens: readonly string[]): string {
  return tokens
    .map((token) => token.replace(/[〔〕〖〗]/g, '').trim())
    .filter(Boolean)
    .map((token) => `${TOKENS_OPEN}${token}${TOKENS_CLOSE}`)
    .join(' ');
}
