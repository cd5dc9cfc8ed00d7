import { parseDocNumber } from '../legal/doc-number.ts';
import { spellLetters, type Dictionary } from './abbreviations.ts';
import { readInteger, type NumberReading } from './number-words.ts';

/**
 * Document numbers read aloud: "08/KH-UBND" → "kế hoạch số tám của Ủy ban nhân dân",
 * "98/2023/NĐ-CP" → "nghị định số chín mươi tám năm hai nghìn không trăm hai mươi ba của
 * Chính phủ", "06/2022/QH15" → "số sáu năm hai nghìn không trăm hai mươi hai của Quốc hội
 * khóa mười lăm".
 *
 * The symbol's first part is the document type when it is one of the type codes below
 * (Decree 30/2020/NĐ-CP annex III, plus the codes of normative documents); the rest names
 * the issuer. Each part is read from the radio dictionary; a part it lacks is spelled out.
 */

/**
 * Symbol codes that name a document type, with their reading (Decree 30/2020/NĐ-CP annex III,
 * plus the codes of normative documents). Fixed by law, so not in the ward's dictionary: in a
 * symbol "TTr" is always "tờ trình", whatever the dictionary says "TTr" means in prose.
 */
export const DOC_TYPE_CODES: Readonly<Record<string, string>> = {
  NQ: 'nghị quyết',
  NĐ: 'nghị định',
  QĐ: 'quyết định',
  CT: 'chỉ thị',
  TT: 'thông tư',
  TTLT: 'thông tư liên tịch',
  QC: 'quy chế',
  QyĐ: 'quy định',
  TB: 'thông báo',
  HD: 'hướng dẫn',
  CTr: 'chương trình',
  KH: 'kế hoạch',
  PA: 'phương án',
  ĐA: 'đề án',
  DA: 'dự án',
  BC: 'báo cáo',
  BB: 'biên bản',
  TTr: 'tờ trình',
  HĐ: 'hợp đồng',
  CĐ: 'công điện',
  GM: 'giấy mời',
  GUQ: 'giấy ủy quyền',
  GGT: 'giấy giới thiệu',
};

/** Issuer codes ending in a legislature number ("QH15") are read with this word before it. */
const LEGISLATURE_CODES: Readonly<Record<string, string>> = { QH: 'khóa', UBTVQH: 'khóa' };

export interface DocNumberParts {
  /** Reading of the document type, lower case ("kế hoạch"); undefined when the symbol names none. */
  type: string | undefined;
  /** The number in words ("tám"). */
  number: string;
  /** The year in words, for normative documents. */
  year: string | undefined;
  /** Reading of the issuer ("Ủy ban nhân dân"); undefined when the symbol names none. */
  issuer: string | undefined;
}

function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1);
}

function readSymbolPart(part: string, dict: Dictionary, reading: NumberReading): string {
  const known = dict.lookup(part);
  if (known !== undefined) return known;
  const numbered = /^(\D+?)(\d+)$/.exec(part);
  if (numbered) {
    const letters = numbered[1] ?? '';
    const digits = numbered[2] ?? '';
    const word = LEGISLATURE_CODES[letters];
    const name = dict.lookup(letters) ?? spellLetters(letters);
    return [name, word, readInteger(digits, reading)].filter(Boolean).join(' ');
  }
  return spellLetters(part);
}

/** The spoken parts of a valid document number; undefined when `value` is not one. */
export function docNumberParts(value: string, dict: Dictionary, reading: NumberReading): DocNumberParts | undefined {
  const parsed = parseDocNumber(value);
  if (!parsed) return undefined;
  const parts = parsed.symbol.split('-');
  const first = parts[0] ?? '';
  const typeReading = DOC_TYPE_CODES[first];
  const hasType = typeReading !== undefined;
  const issuerParts = hasType ? parts.slice(1) : parts;
  const read = issuerParts.map((p) => readSymbolPart(p, dict, reading));
  return {
    type: typeReading,
    number: readInteger(parsed.number, reading),
    year: parsed.year === undefined ? undefined : readInteger(parsed.year, reading),
    issuer: read.length > 0 ? read.join(' ') : undefined,
  };
}

export interface DocNumberOptions {
  /** Leave out the type, because the words before already name it ("Kế hoạch số 08/KH-UBND"). */
  omitType?: boolean;
  /** Type to read when the symbol has none ("luật" for "06/2022/QH15"). */
  typeWord?: string | undefined;
  /** Leave out "số", because the text already says it. */
  omitSo?: boolean;
  /** Leave out the issuer, because the text names it next. */
  omitIssuer?: boolean;
}

/** Joins the spoken parts: "[type] [số] number [năm year] [của issuer]". */
export function speakDocNumberParts(parts: DocNumberParts, options: DocNumberOptions = {}): string {
  const type = parts.type ?? (options.typeWord ? lowerFirst(options.typeWord) : undefined);
  const words: string[] = [];
  if (type && !options.omitType) words.push(type);
  if (!options.omitSo) words.push('số');
  words.push(parts.number);
  if (parts.year) words.push('năm', parts.year);
  if (parts.issuer && !options.omitIssuer) words.push('của', parts.issuer);
  return words.join(' ');
}

/** Reads a document number; returns `value` unchanged when it is not a valid number. */
export function readDocNumber(
  value: string,
  dict: Dictionary,
  reading: NumberReading,
  options: DocNumberOptions = {},
): string {
  const parts = docNumberParts(value, dict, reading);
  return parts ? speakDocNumberParts(parts, options) : value;
}
