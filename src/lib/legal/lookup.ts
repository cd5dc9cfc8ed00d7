import { foldVi, foldViLower } from '../text/fold-vi.ts';
import { OPTIONS } from '../content/options.ts';
import { parseDocNumber } from './doc-number.ts';
import { numberSlug } from './parse-structure.ts';

/**
 * Finding a document from what office staff type: a number in any common form ("98/2023",
 * "98/2023/ND-CP", "nd 98", "8/KH-UBND", "luật 06/2022"), optionally with an article
 * ("nd 98 điều 54", "khoản 3 Điều 80"), or an article alone ("Điều 80 khoản 3"). Runs at
 * build time (tests, number variants) and in the browser (the lookup box, the search page).
 */

export interface LookupEntry {
  id: string;
  /** Number as written: "98/2023/NĐ-CP". */
  number: string;
  title: string;
  /** Document type id: "nghi-dinh". */
  type: string;
  issued: string;
  /** Anchors of the document's articles, clauses, points and plan items. */
  anchors: readonly string[];
}

export interface LookupQuery {
  /** The document number's value (leading zeros dropped). */
  number?: number | undefined;
  year?: number | undefined;
  /** Folded letter-and-digit tokens of the symbol: "nd-cp" → ["nd", "cp"]. */
  symbol: string[];
  /** Document type named in words ("nghị định" → "nghi-dinh"). */
  type?: string | undefined;
  /** Anchor of an article, clause, point or plan item: "dieu-80-khoan-3", "muc-ii-1". */
  anchor?: string | undefined;
}

export interface LookupMatch {
  entry: LookupEntry;
  /** Anchor asked for, when the query named one. */
  anchor?: string | undefined;
  /** True when the document has that anchor. */
  anchorFound: boolean;
  score: number;
}

const ARTICLE = /(?:điều|dieu)\s*(\d+[a-zđ]?)/u;
const CLAUSE = /(?:khoản|khoan)\s*(\d+)/u;
const POINT = /(?:điểm|diem)\s*([a-zđ]\d?)(?![\p{L}\d])/u;
const PLAN_ITEM = /(?:mục|muc)\s*([ivxl]+)(?:\s*\.\s*(\d+))?(?:\s*\.\s*([a-zđ]))?(?![\p{L}\d])/u;

/** Type words, folded: "nghi dinh" → "nghi-dinh". */
const TYPE_WORDS = OPTIONS.documentType.map((id) => ({
  id,
  re: new RegExp(`(?:^|\\s)${id.replace(/-/g, '\\s*')}(?=\\s|$|\\d)`),
}));

function take(text: string, re: RegExp): [RegExpExecArray | null, string] {
  const match = re.exec(text);
  return match ? [match, `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`] : [null, text];
}

/** Splits a symbol into folded tokens: "NĐ-CP" → ["nd", "cp"]. */
export function symbolTokens(symbol: string): string[] {
  return foldViLower(symbol)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Reads what was typed into number, year, symbol, type and anchor. */
export function parseLookupQuery(raw: string): LookupQuery {
  let text = ` ${raw.normalize('NFC').toLocaleLowerCase('vi')} `;
  let anchor: string | undefined;
  let article: RegExpExecArray | null;
  let clause: RegExpExecArray | null;
  let point: RegExpExecArray | null;
  let planItem: RegExpExecArray | null;
  [article, text] = take(text, ARTICLE);
  [clause, text] = take(text, CLAUSE);
  [point, text] = take(text, POINT);
  if (article?.[1]) {
    anchor = `dieu-${numberSlug(article[1])}`;
    if (clause?.[1]) anchor += `-khoan-${Number(clause[1])}`;
    if (point?.[1]) anchor += `-diem-${numberSlug(point[1])}`;
  } else {
    [planItem, text] = take(text, PLAN_ITEM);
    if (planItem?.[1]) {
      anchor = `muc-${planItem[1]}`;
      if (planItem[2]) anchor += `-${Number(planItem[2])}`;
      if (planItem[3]) anchor += `-${numberSlug(planItem[3])}`;
    }
  }

  let folded = ` ${foldViLower(text).replace(/\bso\b/g, ' ')} `;
  let type: string | undefined;
  for (const word of TYPE_WORDS) {
    const [match, rest] = take(folded, word.re);
    if (match) {
      type = word.id;
      folded = ` ${rest} `;
      break;
    }
  }

  let number: number | undefined;
  let year: number | undefined;
  let symbol: string[] = [];
  const full = /(\d{1,5})\s*\/\s*(\d{4})\s*\/\s*([a-z][a-z0-9-]*)/.exec(folded);
  const withYear = /(\d{1,5})\s*\/\s*((?:19|20)\d{2})(?![\d])/.exec(folded);
  const withSymbol = /(\d{1,5})\s*\/\s*([a-z][a-z0-9-]*)/.exec(folded);
  let rest = folded;
  if (full) {
    [number, year, symbol] = [Number(full[1]), Number(full[2]), symbolTokens(full[3] ?? '')];
    rest = folded.replace(full[0], ' ');
  } else if (withYear) {
    [number, year] = [Number(withYear[1]), Number(withYear[2])];
    rest = folded.replace(withYear[0], ' ');
  } else if (withSymbol) {
    [number, symbol] = [Number(withSymbol[1]), symbolTokens(withSymbol[2] ?? '')];
    rest = folded.replace(withSymbol[0], ' ');
  } else {
    const numbers = [...folded.matchAll(/(?<![\d/])(\d{1,5})(?![\d/])/g)].map((m) => m[1] ?? '');
    const first = numbers[0];
    if (first !== undefined) {
      number = Number(first);
      const yearToken = numbers.slice(1).find((n) => /^(19|20)\d{2}$/.test(n));
      if (yearToken) year = Number(yearToken);
      rest = folded.replace(new RegExp(`(?<![\\d/])${first}(?![\\d/])`), ' ');
      if (yearToken) rest = rest.replace(yearToken, ' ');
    }
  }
  if (number !== undefined) {
    // Letters typed around the number are symbol parts: "nd 98", "98 nd-cp", "nđcp 98".
    symbol = [...symbol, ...symbolTokens(rest)];
  }
  return { number, year, symbol, type, anchor };
}

function symbolMatches(query: readonly string[], symbol: string): boolean {
  const parts = symbolTokens(symbol);
  const compact = parts.join('');
  return query.every((token) => parts.some((p) => p.startsWith(token)) || compact.startsWith(token));
}

/** Documents matching what was typed, best first; [] when nothing fits. */
export function lookupDocuments(raw: string, entries: readonly LookupEntry[]): LookupMatch[] {
  const parsed = parseLookupQuery(raw);
  // Words that are part of no document's symbol ("về", "thi", "đua") are not symbol parts.
  const known = entries.map((e) => parseDocNumber(e.number)?.symbol ?? '');
  const query = { ...parsed, symbol: parsed.symbol.filter((token) => known.some((s) => symbolMatches([token], s))) };
  const matches: LookupMatch[] = [];
  for (const entry of entries) {
    if (query.type && entry.type !== query.type) continue;
    let score = 0;
    if (query.number !== undefined) {
      const parsed = parseDocNumber(entry.number);
      if (!parsed || Number(parsed.number) !== query.number) continue;
      score = 50;
      if (query.year !== undefined) {
        if (parsed.year === query.year) score += 20;
        else if (parsed.year === undefined && Number(entry.issued.slice(0, 4)) === query.year) score += 10;
        else continue;
      }
      if (query.symbol.length > 0) {
        if (!symbolMatches(query.symbol, parsed.symbol)) continue;
        score += 20;
      }
    } else if (query.anchor) {
      if (!entry.anchors.includes(query.anchor)) continue;
      score = 30;
    } else {
      continue;
    }
    if (query.type) score += 10;
    const anchorFound = query.anchor !== undefined && entry.anchors.includes(query.anchor);
    if (anchorFound) score += 5;
    matches.push({ entry, anchor: query.anchor, anchorFound, score });
  }
  return matches.sort((a, b) => b.score - a.score || b.entry.issued.localeCompare(a.entry.issued));
}

/**
 * Ways a number is commonly typed, for the search index: "98/2023/NĐ-CP" gives "98/2023/ND-CP",
 * "98/2023", "NĐ 98", "ND 98", "ND98", "nghị định 98", "nghi dinh 98"…
 */
export function docNumberVariants(number: string, typeLabel?: string): string[] {
  const parsed = parseDocNumber(number);
  if (!parsed) return [number];
  const n = String(Number(parsed.number));
  const numbers = [...new Set([parsed.number, n])];
  const [head = ''] = parsed.symbol.split('-');
  const out = [number, foldVi(number)];
  for (const value of numbers) {
    if (parsed.year) out.push(`${value}/${parsed.year}`);
    out.push(`${value}/${parsed.symbol}`, `${value} ${parsed.symbol}`, `${head} ${value}`, `${head}${value}`);
    out.push(`${foldVi(head)} ${value}`, `${foldVi(head)}${value}`);
    if (typeLabel) out.push(`${typeLabel} ${value}`, `${foldVi(typeLabel)} ${value}`);
    if (typeLabel && parsed.year) out.push(`${typeLabel} ${value}/${parsed.year}`);
  }
  return [...new Set(out)];
}
