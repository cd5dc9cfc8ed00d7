/**
 * Vietnamese text folding for search and slugs.
 *
 * Removing combining marks after NFD strips tones and vowel marks, but "đ" and "Đ" are
 * letters of their own that do not decompose, so they are mapped by hand. Many tools
 * that "remove diacritics" miss them, which is why "thi dua" fails to find "thi đua".
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Folds Vietnamese text to plain ASCII letters, keeping case: "Thi đua" → "Thi dua". */
export function foldVi(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Folds and lower-cases, for comparisons that ignore marks and case. */
export function foldViLower(text: string): string {
  return foldVi(text).toLowerCase();
}

/** Normalises text to NFC, the form content is stored and compared in. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}
