import { ReadingConfig, doReadNumber } from 'read-vietnamese-number';

/**
 * Numbers in Vietnamese words, by the reading rules announcers use.
 *
 * Cardinal numbers come from the read-vietnamese-number library (MIT, no dependencies),
 * configured here; the unit tests pin every rule below against the correct reading:
 * - 1 after a tens digit of 2 or more is "mốt" (21 "hai mươi mốt"); after "mười" it stays "một".
 * - 4 after a tens digit of 2 or more is "tư" (24 "hai mươi tư"), the common spoken form;
 *   after "mười" and "linh" it stays "bốn" (14 "mười bốn", 104 "một trăm linh bốn").
 * - 5 after any tens digit is "lăm" (15 "mười lăm", 25 "hai mươi lăm").
 * - A zero tens digit before a unit is "linh" or "lẻ" (105 "một trăm linh năm"), from settings.
 * - Inner groups keep "không trăm" (2025 "hai nghìn không trăm hai mươi lăm").
 * - Scales are nghìn, triệu, tỷ; decimals are read "phẩy".
 * Ordinals, days and months (thứ nhất, thứ tư, mồng một, tháng tư) are rules of this module.
 */

/** How a zero tens digit before a unit is read: "linh" (northern, formal) or "lẻ" (southern). */
export type ZeroTens = 'linh' | 'lẻ';

export interface NumberReading {
  zeroTens: ZeroTens;
}

export const DEFAULT_READING: NumberReading = { zeroTens: 'linh' };

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

const configs = new Map<ZeroTens, ReadingConfig>();

function configFor(reading: NumberReading): ReadingConfig {
  let config = configs.get(reading.zeroTens);
  if (!config) {
    config = new ReadingConfig();
    config.unit = [];
    config.units = [[], ['nghìn'], ['triệu'], ['tỷ']];
    // Only plain digit strings are passed in: the library builds a RegExp from thousandSign
    // unescaped, so a '.' there would delete every character.
    config.pointText = 'phẩy';
    config.oddText = reading.zeroTens;
    configs.set(reading.zeroTens, config);
  }
  return config;
}

/**
 * Reads a whole number written with digits only ("2025", "08") or with Vietnamese
 * thousands dots ("1.500.000"). Leading zeros are not read ("08" → "tám").
 */
export function readInteger(value: string | number, reading: NumberReading = DEFAULT_READING): string {
  const digits = String(value).replace(/\./g, '');
  if (!/^\d+$/.test(digits)) throw new Error(`Not a whole number: ${value}`);
  return doReadNumber(digits.replace(/^0+(?=\d)/, ''), configFor(reading));
}

/**
 * Reads a number with a decimal comma ("0,3", "12,5", "1.234,56"). The fractional part is
 * read as a number after "phẩy", its leading zeros one by one ("0,05" → "không phẩy không
 * năm"); a trailing zero written on purpose is kept ("1,0" → "một phẩy không").
 */
export function readDecimal(value: string, reading: NumberReading = DEFAULT_READING): string {
  const [whole = '', fraction] = value.split(',');
  if (fraction === undefined || !/^\d+$/.test(fraction)) return readInteger(whole, reading);
  const leadingZeros = /^0*/.exec(fraction)?.[0].length ?? 0;
  const rest = fraction.slice(leadingZeros);
  const words = [readInteger(whole, reading), 'phẩy', ...Array<string>(leadingZeros).fill('không')];
  if (rest !== '') words.push(rest.length > 3 ? readDigits(rest) : readInteger(rest, reading));
  return words.join(' ');
}

/** Reads digits one by one, as for telephone numbers: "0221" → "không hai hai một". */
export function readDigits(value: string): string {
  return [...value]
    .filter((c) => c >= '0' && c <= '9')
    .map((c) => DIGITS[Number(c)])
    .join(' ');
}

/** The ordinal after "thứ": 1 "nhất", 4 "tư", otherwise the cardinal (thứ hai, thứ mười bốn). */
export function readOrdinal(n: number, reading: NumberReading = DEFAULT_READING): string {
  if (n === 1) return 'nhất';
  if (n === 4) return 'tư';
  return readInteger(n, reading);
}

/** A month after "tháng": 4 is "tư" (tháng tư), the others are cardinals (tháng một, tháng mười hai). */
export function readMonth(n: number, reading: NumberReading = DEFAULT_READING): string {
  if (n < 1 || n > 12) throw new Error(`Not a month: ${n}`);
  return n === 4 ? 'tư' : readInteger(n, reading);
}

/** A day of the month after "ngày": days 1–10 take "mồng" (ngày mồng một), as announcers read them. */
export function readDay(n: number, reading: NumberReading = DEFAULT_READING): string {
  if (n < 1 || n > 31) throw new Error(`Not a day of the month: ${n}`);
  return n <= 10 ? `mồng ${readInteger(n, reading)}` : readInteger(n, reading);
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** The value of a well-formed Roman numeral ("XV" → 15); undefined for anything else ("IIII", "VX"). */
export function romanToNumber(value: string): number | undefined {
  if (!/^[IVXLCDM]+$/.test(value)) return undefined;
  let total = 0;
  for (let i = 0; i < value.length; i++) {
    const current = ROMAN[value[i] ?? ''] ?? 0;
    const next = ROMAN[value[i + 1] ?? ''] ?? 0;
    total += current < next ? -current : current;
  }
  return total > 0 && numberToRoman(total) === value ? total : undefined;
}

function numberToRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
