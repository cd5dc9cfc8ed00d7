import { formatViDate } from '../dates/plain-date.ts';
import { documentTypeName } from './document-types.ts';
import type { UnitKind } from './parse-structure.ts';

/**
 * Citations as office staff write them: the unit from the largest to the smallest, then the
 * document ("Điều 80 khoản 3 Luật Thi đua, khen thưởng số 06/2022/QH15", "Mục II.1 Kế hoạch
 * số 08/KH-UBND ngày 13/01/2025 của Ủy ban nhân dân phường Phùng Chí Kiên").
 * The words are the legal citation form (how Vietnamese legal texts refer to each other), not
 * interface wording: a citation reads the same whatever the page's language, so they are data
 * here and the module stays free of the string dictionaries.
 */

export interface CitableDocument {
  type: string;
  number: string;
  title: string;
  issued: string;
  issuer: string;
}

export interface UnitRef {
  kind: UnitKind;
  number: string;
}

/** Types cited by their own name and number (a law); the others by type, number, date and issuer. */
const CITED_BY_TITLE: ReadonlySet<string> = new Set(['luat']);

/** "Luật Thi đua, khen thưởng số 06/2022/QH15"; "Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ". */
export function documentCitation(doc: CitableDocument): string {
  if (CITED_BY_TITLE.has(doc.type)) return `${doc.title} số ${doc.number}`;
  return `${documentTypeName(doc.type)} số ${doc.number} ngày ${formatViDate(doc.issued)} của ${doc.issuer}`;
}

const ARTICLE_KINDS: readonly UnitKind[] = ['dieu', 'khoan', 'diem'];
const SECTION_KINDS: readonly UnitKind[] = ['chuong', 'muc', 'tieu-muc'];
const PLAN_KINDS: readonly UnitKind[] = ['section', 'item', 'subitem'];

/** The word a citation names each kind of unit by, before its number ("Điều 80 khoản 3"). */
const UNIT_WORDS: Readonly<Record<UnitKind, string>> = {
  phan: 'Phần',
  chuong: 'Chương',
  muc: 'Mục',
  'tieu-muc': 'Tiểu mục',
  dieu: 'Điều',
  khoan: 'khoản',
  diem: 'điểm',
  section: 'Mục',
  item: 'Mục',
  subitem: 'điểm',
};

function label(kind: UnitKind, n: string): string {
  return `${UNIT_WORDS[kind]} ${n}`;
}

/**
 * The unit part of a citation, from the chain of units above it down to it: "Điều 24 khoản 2
 * điểm a", "Chương II Mục 1", "Mục II.1", "Mục II.1 điểm a". '' for an empty chain.
 */
export function unitCitation(chain: readonly UnitRef[]): string {
  const last = chain.at(-1);
  if (!last) return '';
  const pick = (kinds: readonly UnitKind[]) => chain.filter((u) => kinds.includes(u.kind));
  if (ARTICLE_KINDS.includes(last.kind))
    return pick(ARTICLE_KINDS)
      .map((u) => label(u.kind, u.number))
      .join(' ');
  if (SECTION_KINDS.includes(last.kind))
    return pick(SECTION_KINDS)
      .map((u) => label(u.kind, u.number))
      .join(' ');
  if (PLAN_KINDS.includes(last.kind)) {
    const [section, item, subitem] = (['section', 'item', 'subitem'] as const).map((k) =>
      chain.find((u) => u.kind === k),
    );
    const numbered = [section, item].flatMap((u) => (u ? [u.number] : []));
    const parts = numbered.length > 0 ? [label('section', numbered.join('.'))] : [];
    if (subitem) parts.push(label('subitem', subitem.number));
    return parts.join(' ');
  }
  return label(last.kind, last.number);
}

/** The full citation of a unit (or of the document when the chain is empty). */
export function citation(chain: readonly UnitRef[], doc: CitableDocument): string {
  const unit = unitCitation(chain);
  const document = documentCitation(doc);
  return unit ? `${unit} ${document}` : document;
}

/** What the link button copies: the citation and the address of the unit. */
export function citationWithUrl(text: string, url: string): string {
  return `${text} (${url})`;
}
