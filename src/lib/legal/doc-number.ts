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
export function parseDocNumber(
  value: string,
): { number: string; year?: number; symbol: string } | undefined {
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
