import { foldVi } from '../text/fold-vi.ts';
import { slugify } from '../text/slug.ts';

/**
 * Vietnamese document numbers ("số, ký hiệu").
 *
 * Normative documents: number/year/symbol ("06/2022/QH15", "98/2023/NĐ-CP").
 * Administrative documents: number/symbol, no year ("08/KH-UBND", "3424/QĐ-UBND").
 * Numbers under 10 take a leading zero ("08", not "8").
 */

const NUMBER_PART = '(?:0[1-9]|[1-9][0-9]{1,4})';
const YEAR_PART = '(?:19|20)[0-9]{2}';
const SYMBOL_WORD = '[A-ZĐ][A-Za-zĐđ0-9]*';
const SYMBOL = `${SYMBOL_WORD}(?:-${SYMBOL_WORD})*`;

/** Source of the regular expression a document number must match (shared with the CMS). */
export const DOC_NUMBER_PATTERN = `^${NUMBER_PART}(?:/${YEAR_PART})?/${SYMBOL}$`;

const DOC_NUMBER_RE = new RegExp(DOC_NUMBER_PATTERN);

/** True when `value` is a well-formed document number. */
export function isValidDocNumber(value: string): boolean {
  return DOC_NUMBER_RE.test(value);
}

/** The ASCII path segment for a document number: "98/2023/NĐ-CP" → "98-2023-nd-cp". */
export function docNumberSlug(value: string): string {
  return slugify(value);
}

/** Splits a valid number into its parts; undefined when it is not valid. */
export function parseDocNumber(value: string): { number: string; year?: number; symbol: string } | undefined {
  if (!isValidDocNumber(value)) return undefined;
  const parts = value.split('/');
  const number = parts[0] ?? '';
  if (parts.length === 3) return { number, year: Number(parts[1]), symbol: parts[2] ?? '' };
  return { number, symbol: parts[1] ?? '' };
}

/** Folded form used to match a typed query against numbers: "98/2023/ND-CP" → "98/2023/nd-cp". */
export function foldDocNumber(value: string): string {
  return foldVi(value).toLowerCase().replace(/\s+/g, '');
}

/**
 * How the number of each type of document is written (Decree 30/2020/NĐ-CP annex III and the
 * numbering of normative documents): the start of the symbol, and whether the year is part of
 * the number. Laws, decrees and circulars are normative and always carry the year; plans,
 * guidance, notices, programmes, reports and official letters are administrative and never do;
 * decisions, directives, resolutions and regulations can be either.
 */
export interface NumberRule {
  /** The symbol must match this (the type abbreviation, or the issuer code for laws). */
  symbol: RegExp;
  year: 'required' | 'none' | 'either';
  /** A well-formed example, for messages. */
  example: string;
}

export const NUMBER_RULES: Readonly<Record<string, NumberRule>> = {
  luat: { symbol: /^QH\d+$/, year: 'required', example: '06/2022/QH15' },
  'nghi-dinh': { symbol: /^NĐ-/, year: 'required', example: '98/2023/NĐ-CP' },
  'thong-tu': { symbol: /^TT-/, year: 'required', example: '01/2024/TT-BNV' },
  'nghi-quyet': { symbol: /^(NQ-|QH\d+$)/, year: 'either', example: '12/2024/NQ-HĐND' },
  'quyet-dinh': { symbol: /^QĐ-/, year: 'either', example: '11/2024/QĐ-UBND, 3424/QĐ-UBND' },
  'chi-thi': { symbol: /^CT-/, year: 'either', example: '05/CT-UBND' },
  'quy-che': { symbol: /^(QC|QĐ)-/, year: 'either', example: '02/QC-UBND' },
  'quy-dinh': { symbol: /^(QyĐ|QĐ)-/, year: 'either', example: '03/QyĐ-UBND' },
  'ke-hoach': { symbol: /^KH-/, year: 'none', example: '08/KH-UBND' },
  'huong-dan': { symbol: /^HD-/, year: 'none', example: '04/HD-UBND' },
  'thong-bao': { symbol: /^TB-/, year: 'none', example: '15/TB-UBND' },
  'chuong-trinh': { symbol: /^CTr-/, year: 'none', example: '02/CTr-UBND' },
  'bao-cao': { symbol: /^BC-/, year: 'none', example: '120/BC-UBND' },
  'cong-van': { symbol: /^[A-ZĐ]/, year: 'none', example: '245/UBND-VP' },
};

export type NumberProblem =
  | { kind: 'symbol'; example: string }
  | { kind: 'year-missing'; example: string }
  | { kind: 'year-extra'; example: string }
  | { kind: 'year-differs'; year: number; issuedYear: number };

/**
 * What is wrong with a (well-formed) number for a document of `type` issued on `issued`:
 * the symbol does not fit the type, the year is missing or extra, or the year in the number
 * is not the year of issue (numbering restarts every year). [] when it fits.
 */
export function numberProblems(number: string, type: string, issued: string): NumberProblem[] {
  const parsed = parseDocNumber(number);
  const rule = NUMBER_RULES[type];
  if (!parsed || !rule) return [];
  const out: NumberProblem[] = [];
  if (!rule.symbol.test(parsed.symbol)) out.push({ kind: 'symbol', example: rule.example });
  if (rule.year === 'required' && parsed.year === undefined) out.push({ kind: 'year-missing', example: rule.example });
  if (rule.year === 'none' && parsed.year !== undefined) out.push({ kind: 'year-extra', example: rule.example });
  const issuedYear = Number(issued.slice(0, 4));
  if (parsed.year !== undefined && Number.isFinite(issuedYear) && parsed.year !== issuedYear)
    out.push({ kind: 'year-differs', year: parsed.year, issuedYear });
  return out;
}
