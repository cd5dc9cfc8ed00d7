/**
 * Whether a document was issued by a local authority, a People's Committee or People's
 * Council (Ủy ban nhân dân, Hội đồng nhân dân) of a province, a former district or a ward,
 * rather than by a national body (Quốc hội, Chính phủ, a ministry). The number's symbol says
 * so (…/QĐ-UBND, …/KH-UBND, …/NQ-HĐND), and so does the issuer ("Ủy ban nhân dân tỉnh Hưng
 * Yên"). A local document belongs to the place that issued it: a new ward started from this
 * repository's examples does not inherit the old ward's or its province's documents.
 */
import { parseDocNumber } from './doc-number.ts';
import { foldViLower } from '../text/fold-vi.ts';

/** Local bodies, folded: People's Committee, People's Council, their chairs, and the abbreviations. */
const LOCAL_ISSUERS = /^(chu tich )?(uy ban nhan dan|hoi dong nhan dan|ubnd|hdnd)(\s|$)/;

/** Symbols of documents issued by a local People's Committee or Council. */
const LOCAL_SYMBOL = /-(UBND|HĐND)$/u;

export function isLocalDocument(doc: { number: string; issuer: string }): boolean {
  const symbol = parseDocNumber(doc.number.normalize('NFC').trim())?.symbol;
  if (symbol && LOCAL_SYMBOL.test(symbol)) return true;
  return LOCAL_ISSUERS.test(foldViLower(doc.issuer).trim().replace(/\s+/g, ' '));
}
