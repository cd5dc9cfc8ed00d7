import { t, tMaybe } from '../../i18n/strings.ts';
import { formatViDate } from '../dates/plain-date.ts';
import { docNumberSlug, numberProblems, parseDocNumber } from './doc-number.ts';
import { parseStructure } from './parse-structure.ts';
import { unitCitation } from './citation.ts';

/**
 * Rules a document must keep beyond its field formats. Per document (the CMS checks these
 * before saving, the build again): the number fits the type and the year of issue, the dates
 * are in order, no relation points at the document itself, no article or chapter number
 * repeats. Across documents (the build): a relation never points at a document issued later,
 * and two documents never state relations about each other (the relation belongs to the newer
 * one; the other side is shown by the site). Messages name both files.
 */

export interface DocumentForRules {
  number: string;
  type: string;
  issued: string;
  effective?: string | undefined;
  expires?: string | undefined;
  relations: readonly { kind: string; target: string }[];
}

export interface FieldProblem {
  /** Dotted path of the field: number, expires, relations[0].target, body. */
  field: string;
  message: string;
}

export interface FileProblem extends FieldProblem {
  file: string;
}

const typeLabel = (type: string) => tMaybe(`option.documentType.${type}`) ?? type;
const relationLabel = (kind: string) => tMaybe(`relation.${kind}`) ?? kind;

/** Problems of one document on its own, from its front matter (and body, when given). */
export function documentProblems(doc: DocumentForRules, body?: string): FieldProblem[] {
  const out: FieldProblem[] = [];
  const type = typeLabel(doc.type);
  const symbol = parseDocNumber(doc.number)?.symbol ?? '';
  for (const p of numberProblems(doc.number, doc.type, doc.issued)) {
    const message =
      p.kind === 'symbol'
        ? t('error.docNumberSymbol', { symbol, type, example: p.example })
        : p.kind === 'year-missing'
          ? t('error.docNumberYearMissing', { type, example: p.example })
          : p.kind === 'year-extra'
            ? t('error.docNumberYearExtra', { type, example: p.example })
            : t('error.docNumberYearDiffers', { year: p.year, issuedYear: p.issuedYear });
    out.push({ field: 'number', message });
  }
  const start = doc.effective ?? doc.issued;
  if (doc.expires && doc.expires <= start) {
    out.push({
      field: 'expires',
      message: t('error.expiresBeforeStart', { expires: formatViDate(doc.expires), start: formatViDate(start) }),
    });
  }
  const self = docNumberSlug(doc.number);
  doc.relations.forEach((relation, i) => {
    if (docNumberSlug(relation.target) === self)
      out.push({ field: `relations[${i}].target`, message: t('error.relationSelf') });
  });
  if (body !== undefined) {
    for (const d of parseStructure(body).duplicates) {
      out.push({
        field: 'body',
        message: t('error.duplicateUnit', { unit: unitCitation([d]), first: d.firstLine, line: d.line }),
      });
    }
  }
  return out;
}

export interface FiledDocument extends DocumentForRules {
  /** Path of the source file, relative to the project root. */
  file: string;
}

/** Problems between documents: relations to later documents and relations stated from both sides. */
export function relationProblems(docs: readonly FiledDocument[]): FileProblem[] {
  const byId = new Map(docs.map((doc) => [docNumberSlug(doc.number), doc]));
  const out: FileProblem[] = [];
  for (const doc of docs) {
    const id = docNumberSlug(doc.number);
    doc.relations.forEach((relation, i) => {
      const other = byId.get(docNumberSlug(relation.target));
      if (!other || other === doc) return;
      const field = `relations[${i}].target`;
      if (other.issued > doc.issued) {
        out.push({
          file: doc.file,
          field,
          message: t('error.relationToLater', {
            kind: relationLabel(relation.kind),
            number: other.number,
            otherFile: other.file,
            otherDate: formatViDate(other.issued),
            date: formatViDate(doc.issued),
          }),
        });
      }
      const j = other.relations.findIndex((back) => docNumberSlug(back.target) === id);
      const back = other.relations[j];
      // Reported once per pair, on the file that sorts first.
      if (back && doc.file < other.file) {
        out.push({
          file: doc.file,
          field,
          message: t('error.relationBothSides', {
            kind: relationLabel(relation.kind),
            number: other.number,
            otherFile: other.file,
            otherField: `relations[${j}].target`,
            otherKind: relationLabel(back.kind),
          }),
        });
      }
    });
  }
  return out;
}
