import { DOC_NUMBER_PATTERN } from '../legal/doc-number.ts';
import { foldViLower } from '../text/fold-vi.ts';
import { WORD_CHAR, expandAbbreviations, type Dictionary } from './abbreviations.ts';
import { docNumberParts, speakDocNumberParts } from './doc-number-words.ts';
import {
  readDay,
  readDecimal,
  readDigits,
  readInteger,
  readMonth,
  readOrdinal,
  romanToNumber,
  type NumberReading,
} from './number-words.ts';

/**
 * Plain text → text an announcer (or a text-to-speech system) reads without stumbling:
 * document numbers, dates, times, percentages, money, ranges, telephone numbers, Roman
 * numerals and every other number in words, and the dictionary's abbreviations expanded.
 *
 * Rules run in a fixed order, most specific first (a document number contains what looks
 * like a month and year; a date contains what looks like a range). Whatever digit is left
 * at the end is read one by one, so a script never contains a digit.
 */

export interface SpeechContext {
  dict: Dictionary;
  reading: NumberReading;
}

type Groups = Record<string, string | undefined>;
type Replacer = (groups: Groups, match: string, offset: number, input: string) => string | undefined;

/** Replaces every match of the global `re`; a replacer returning undefined keeps the match. */
function rewrite(text: string, re: RegExp, fn: Replacer): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(re)) {
    const offset = m.index;
    const replacement = fn(m.groups ?? {}, m[0], offset, text);
    if (replacement === undefined) continue;
    out += text.slice(last, offset) + ` ${replacement} `;
    last = offset + m[0].length;
  }
  return last === 0 ? text : out + text.slice(last);
}

const W = WORD_CHAR;
/** A number as written in Vietnamese: thousands dots, decimal comma ("1.500.000", "12,5", "2025"). */
const NUM = '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?';
const DAY = '0?[1-9]|[12]\\d|3[01]';
const MONTH = '0?[1-9]|1[0-2]';
const YEAR = '\\d{4}';
const SEP = '[/.-]';
const DASH = '\\s?[-–—]\\s?';

/** A keyword in lower case, capitalised or in capitals: "chương|Chương|CHƯƠNG". */
function anyCase(words: readonly string[]): string {
  const forms = words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]);
  return [...new Set(forms)].join('|');
}

function readNum(value: string, reading: NumberReading): string {
  if (/^0\d{3,}$/.test(value)) return readDigits(value);
  return value.includes(',') ? readDecimal(value, reading) : readInteger(value, reading);
}

function precededBy(input: string, offset: number, word: string): boolean {
  return new RegExp(`(?:^|[^\\p{L}])${word}\\s*$`, 'iu').test(input.slice(Math.max(0, offset - 20), offset));
}

function speakDate(
  day: number | undefined,
  month: number,
  year: string | undefined,
  ctx: SpeechContext,
  sayNgay: boolean,
): string {
  const words: string[] = [];
  if (day !== undefined) words.push(...(sayNgay ? ['ngày'] : []), readDay(day, ctx.reading));
  words.push('tháng', readMonth(month, ctx.reading));
  if (year) words.push('năm', readInteger(year, ctx.reading));
  return words.join(' ');
}

function validDate(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

const DOC_NUMBER = DOC_NUMBER_PATTERN.replace(/^\^/, '').replace(/\$$/, '');

const PHONE_RE = new RegExp(`(?<!${W})(?:\\+84|0)(?:[ .-]?\\d){8,10}(?![\\p{N}])`, 'gu');
const DOC_RE = new RegExp(`(?<![${W.slice(1, -1)}/])(?:${DOC_NUMBER})(?!${W})`, 'gu');
const DATE_RANGE_RE = new RegExp(
  `(?<![\\p{N}/])(?<d1>${DAY})${DASH}(?<d2>${DAY})${SEP}(?<m>${MONTH})(?:${SEP}(?<y>${YEAR}))?(?![\\p{N}])`,
  'gu',
);
const DATE_RE = new RegExp(
  `(?<![\\p{N}/.,])(?<d>${DAY})(?<s>[/.-])(?<m>${MONTH})\\k<s>(?<y>${YEAR})(?![\\p{N}])`,
  'gu',
);
const ISO_DATE_RE = new RegExp(
  `(?<![\\p{N}])(?<y>${YEAR})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?![\\p{N}])`,
  'gu',
);
const MONTH_YEAR_RE = new RegExp(`(?<![\\p{N}/.,])(?<m>${MONTH})[/.-](?<y>(?:19|20)\\d{2})(?![\\p{N}/])`, 'gu');
const DAY_MONTH_RE = new RegExp(`(?<![\\p{N}/.,])(?<d>${DAY})/(?<m>${MONTH})(?![\\p{N}/])`, 'gu');
const TIME_UNIT = '(?:h|g|giờ)';
const TIME_RE = new RegExp(
  `(?<![\\p{L}\\p{N}:])(?<h>[01]?\\d|2[0-4])(?:\\s?${TIME_UNIT}\\s?(?<m1>[0-5]\\d)?(?:\\s?(?:phút|p)(?!${W}))?|:(?<m2>[0-5]\\d))(?!${W})(?<to>${DASH}(?=\\d{1,2}\\s?(?:${TIME_UNIT}|:)))?`,
  'gu',
);
const PERCENT_RE = new RegExp(`(?<![\\p{N}])(?<n>${NUM})\\s?%`, 'gu');
const MONEY_RE = new RegExp(`(?<![\\p{N}])(?<n>${NUM})\\s?(?:đồng|đ|VNĐ|VND|vnđ|₫)(?!${W})`, 'gu');
const SCALE_MONEY_RE = new RegExp(`(?<scale>nghìn|ngàn|triệu|tỷ|tỉ)\\s?(?:đ|VNĐ|VND|vnđ|₫)(?!${W})`, 'gu');
const UNITS: Readonly<Record<string, string>> = {
  m2: 'mét vuông',
  'm²': 'mét vuông',
  m3: 'mét khối',
  'm³': 'mét khối',
  km2: 'ki-lô-mét vuông',
  'km²': 'ki-lô-mét vuông',
  km: 'ki-lô-mét',
  kg: 'ki-lô-gam',
  ha: 'héc-ta',
  cm: 'xăng-ti-mét',
  mm: 'mi-li-mét',
  m: 'mét',
};
const UNIT_RE = new RegExp(
  `(?<![\\p{N}])(?<n>${NUM})\\s?(?<unit>${Object.keys(UNITS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}\\p{N}²³])`,
  'gu',
);
const RANGE_RE = new RegExp(`(?<![\\p{N}.,/])(?<n>${NUM})${DASH}(?=\\d)`, 'gu');
const FRACTION_RE = new RegExp(`(?<![\\p{N}.,/])(?<a>${NUM})/(?<b>${NUM})(?![\\p{N}/])`, 'gu');
const CARDINAL_KEYWORDS = anyCase(['chương', 'phần', 'mục', 'tiểu mục', 'khóa', 'khoá', 'quý', 'thế kỷ', 'kỳ', 'đợt']);
const ROMAN_AFTER_RE = new RegExp(
  `(?<!${W})(?<kw>${CARDINAL_KEYWORDS})\\s+(?<r>[IVXL]+)(?:\\.(?<sub>\\d+))?(?!${W})`,
  'gu',
);
const RANK_RE = new RegExp(`(?<!${W})(?<kw>${anyCase(['hạng'])})\\s+(?<r>[IVX]+|\\d)(?!${W})`, 'gu');
const ORDINAL_RE = new RegExp(
  `(?<!${W})(?<kw>${anyCase(['thứ'])})\\s+(?<r>[IVXL]+|\\d+)(?![\\p{L}\\p{N}]|[.,]\\d)`,
  'gu',
);
const MONTH_AFTER_RE = new RegExp(
  `(?<!${W})(?<kw>${anyCase(['tháng'])})\\s+(?<m>${MONTH})(?![\\p{L}\\p{N}]|[.,/]\\d)`,
  'gu',
);
const DAY_AFTER_RE = new RegExp(`(?<!${W})(?<kw>${anyCase(['ngày'])})\\s+(?<d>${DAY})(?=\\s+tháng)`, 'gu');
const SECTION_RE = new RegExp(`(?<![\\p{L}\\p{N}.,])(?<a>\\d+)\\.(?<b>\\d{1,2})(?![\\p{N}]|\\.\\d)`, 'gu');
const NUMBER_RE = new RegExp(`(?<![\\p{N}])(?<n>${NUM})(?![\\p{N}])`, 'gu');
const ALL_CAPS_WORD = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** Lower-cases a paragraph written in capitals, keeping abbreviations and Roman numerals. */
function unshout(text: string, dict: Dictionary): string {
  const words = text.split(/(\s+)/);
  const letters = words.filter((w) => /\p{L}/u.test(w));
  if (letters.length < 2 || !letters.every((w) => ALL_CAPS_WORD.test(w))) return text;
  return words
    .map((w) => {
      const core = w.replace(/[^\p{L}\p{N}-]/gu, '');
      if (dict.lookup(core) !== undefined || romanToNumber(core) !== undefined || /\d/.test(core)) return w;
      return w.toLowerCase();
    })
    .join('');
}

function speakDocNumber(match: string, offset: number, input: string, ctx: SpeechContext): string | undefined {
  const parts = docNumberParts(match, ctx.dict, ctx.reading);
  if (!parts) return undefined;
  const before = input.slice(Math.max(0, offset - 60), offset);
  const omitSo = /(?:^|[^\p{L}])số\s*$/iu.test(before);
  const beforeType = foldViLower(before.replace(/\s*số\s*$/iu, '')).trimEnd();
  const namedBefore = parts.type !== undefined && beforeType.endsWith(foldViLower(parts.type));
  const after = foldViLower(input.slice(offset + match.length, offset + match.length + 10)).trimStart();
  // "… 08/KH-UBND của Ủy ban nhân dân phường …": the text names the issuer itself.
  const omitIssuer = parts.issuer !== undefined && /^cua\s/.test(after);
  return speakDocNumberParts(parts, { omitType: omitSo || namedBefore, omitSo, omitIssuer });
}

function speakTime(h: string, m: string | undefined, ctx: SpeechContext): string {
  const words = [readInteger(h, ctx.reading), 'giờ'];
  if (m !== undefined && Number(m) > 0) words.push(readInteger(m, ctx.reading), 'phút');
  return words.join(' ');
}

function phoneGroups(match: string): string {
  const plus = match.startsWith('+') ? 'cộng ' : '';
  const groups = match.replace(/^\+/, '').split(/[ .-]/).filter(Boolean);
  const parts = groups.length > 1 ? groups : ((groups[0] ?? '').match(/^(\d{4})(\d{3})(\d+)$/)?.slice(1) ?? groups);
  return plus + parts.map(readDigits).join(', ');
}

/** Reads `text` aloud: the rules above, then the dictionary, then clean punctuation. */
export function speak(text: string, ctx: SpeechContext): string {
  const { reading, dict } = ctx;
  let s = unshout(text.normalize('NFC').replace(/[\u00a0\u2007\u202f]/g, ' '), dict);
  s = rewrite(s, PHONE_RE, (_, m) => phoneGroups(m));
  s = rewrite(s, DOC_RE, (_, m, offset, input) => speakDocNumber(m, offset, input, ctx));
  s = rewrite(s, DATE_RANGE_RE, (g, _m, offset, input) => {
    const [d1, d2, m] = [Number(g.d1), Number(g.d2), Number(g.m)];
    if (!validDate(d1, m) || !validDate(d2, m)) return undefined;
    const first = (precededBy(input, offset, 'ngày') ? '' : 'ngày ') + readDay(d1, reading);
    return `${first} đến ${speakDate(d2, m, g.y, ctx, true)}`;
  });
  s = rewrite(s, DATE_RE, (g, _m, offset, input) => {
    const [d, m] = [Number(g.d), Number(g.m)];
    if (!validDate(d, m)) return undefined;
    return speakDate(d, m, g.y, ctx, !precededBy(input, offset, 'ngày'));
  });
  s = rewrite(s, ISO_DATE_RE, (g, _m, offset, input) =>
    speakDate(Number(g.d), Number(g.m), g.y, ctx, !precededBy(input, offset, 'ngày')),
  );
  s = rewrite(s, MONTH_YEAR_RE, (g, _m, offset, input) =>
    precededBy(input, offset, 'tháng')
      ? `${readMonth(Number(g.m), reading)} năm ${readInteger(g.y ?? '', reading)}`
      : speakDate(undefined, Number(g.m), g.y, ctx, false),
  );
  s = rewrite(s, DAY_MONTH_RE, (g, m, offset, input) => {
    const [d, mo] = [Number(g.d), Number(g.m)];
    const sayNgay = !precededBy(input, offset, 'ngày');
    // "1/2" is a fraction; a date without year needs "ngày" before it or a two-digit month.
    if (!validDate(d, mo) || (sayNgay && !/\/\d{2}$/.test(m))) return undefined;
    return speakDate(d, mo, undefined, ctx, sayNgay);
  });
  s = rewrite(s, TIME_RE, (g) => speakTime(g.h ?? '', g.m1 ?? g.m2, ctx) + (g.to ? ' đến' : ''));
  s = rewrite(s, RANGE_RE, (g) => `${readNum(g.n ?? '', reading)} đến`);
  s = rewrite(s, PERCENT_RE, (g) => `${readNum(g.n ?? '', reading)} phần trăm`);
  s = rewrite(s, MONEY_RE, (g) => `${readNum(g.n ?? '', reading)} đồng`);
  s = rewrite(s, SCALE_MONEY_RE, (g) => `${g.scale} đồng`);
  s = rewrite(s, UNIT_RE, (g) => `${readNum(g.n ?? '', reading)} ${UNITS[g.unit ?? ''] ?? ''}`);
  s = rewrite(s, ROMAN_AFTER_RE, (g) => {
    const value = romanToNumber(g.r ?? '');
    if (value === undefined) return undefined;
    const sub = g.sub !== undefined ? ` chấm ${readInteger(g.sub, reading)}` : '';
    return `${g.kw} ${readInteger(value, reading)}${sub}`;
  });
  s = rewrite(s, RANK_RE, (g) => {
    const value = /\d/.test(g.r ?? '') ? Number(g.r) : romanToNumber(g.r ?? '');
    if (value === undefined || value < 1) return undefined;
    const word = value === 1 ? 'nhất' : value === 2 ? 'nhì' : readInteger(value, reading);
    return `${g.kw} ${word}`;
  });
  s = rewrite(s, ORDINAL_RE, (g) => {
    const value = /\d/.test(g.r ?? '') ? Number(g.r) : romanToNumber(g.r ?? '');
    return value === undefined || value < 1 ? undefined : `${g.kw} ${readOrdinal(value, reading)}`;
  });
  s = rewrite(s, MONTH_AFTER_RE, (g) => `${g.kw} ${readMonth(Number(g.m), reading)}`);
  s = rewrite(s, DAY_AFTER_RE, (g) => `${g.kw} ${readDay(Number(g.d), reading)}`);
  s = rewrite(s, FRACTION_RE, (g) => `${readNum(g.a ?? '', reading)} trên ${readNum(g.b ?? '', reading)}`);
  s = rewrite(s, SECTION_RE, (g) => `${readInteger(g.a ?? '', reading)} chấm ${readInteger(g.b ?? '', reading)}`);
  s = rewrite(s, NUMBER_RE, (g) => readNum(g.n ?? '', reading));
  s = expandAbbreviations(s, dict);
  s = s
    .replace(/\d+/g, (digits) => ` ${readDigits(digits)} `)
    .replace(/&/g, ' và ')
    .replace(/%/g, ' phần trăm ')
    .replace(/\s\+\s/g, ' cộng ')
    .replace(/[*_`#<>|~\\[\]{}]/g, ' ')
    .replace(/\s*[–—]\s*/g, ', ')
    .replace(/\s+-\s+/g, ', ')
    .replace(/(?<=\p{L})\/(?=\p{L})/gu, ' ')
    .replace(/\s*\/\s*/g, ' ');
  return tidy(s);
}

/** Collapses spaces, fixes spacing around punctuation and capitalises each sentence. */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?…)”’])/g, '$1')
    .replace(/([(“‘])\s+/g, '$1')
    .replace(/,(?:\s*,)+/g, ',')
    .replace(/([.!?;:])\s*,/g, '$1')
    .replace(/^[\s,.;:]+/, '')
    .replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase())
    .trim();
}
