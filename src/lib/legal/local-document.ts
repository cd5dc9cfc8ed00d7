/**
 * Whether a document was issued by a local authority, a People's Committee or People's
 * Council (Ủy ban nhân dân, Hội đồng nhân dân) of a province, a former district or a ward, or
 * another body of a place (Sở Nội vụ tỉnh …), rather than by a national body (Quốc hội, Chính
 * phủ, a ministry). The number's symbol says so (…/QĐ-UBND, …/KH-UBND, …/NQ-HĐND), and so
 * does the issuer ("Ủy ban nhân dân tỉnh Hưng Yên", "Sở Nội vụ tỉnh Hưng Yên"). A local
 * document belongs to the place that issued it: a new ward started from this repository's
 * examples does not inherit the old ward's or its province's documents.
 */
import { parseDocNumber } from './doc-number.ts';
import { foldViLower } from '../text/fold-vi.ts';

/** Local bodies, folded: People's Committee, People's Council, their chairs, and the abbreviations. */
const LOCAL_ISSUERS = /^(chu tich )?(uy ban nhan dan|hoi dong nhan dan|ubnd|hdnd)(\s|$)/;

/** A kind of local unit as a word of its own in the issuer: "… tỉnh Hưng Yên", "… phường X" (not "Xã hội"). */
const LOCAL_UNIT_WORD =
  /(?<![\p{L}\p{M}])(tỉnh|thành phố|quận|huyện|thị xã|thị trấn|phường|xã(?! hội)|đặc khu)(?![\p{L}\p{M}])/iu;

/** Symbols of documents issued by a local People's Committee or Council. */
const LOCAL_SYMBOL = /-(UBND|HĐND)$/u;

export function isLocalDocument(doc: { number: string; issuer: string }): boolean {
  const symbol = parseDocNumber(doc.number.normalize('NFC').trim())?.symbol;
  if (symbol && LOCAL_SYMBOL.test(symbol)) return true;
  const issuer = doc.issuer.normalize('NFC').trim().replace(/\s+/g, ' ');
  return LOCAL_ISSUERS.test(foldViLower(issuer)) || LOCAL_UNIT_WORD.test(issuer);
}
