import { formatViDate } from '../dates/plain-date.ts';
import { docNumberSlug, numberProblems, parseDocNumber } from './doc-number.ts';
import { parseStructure } from './parse-structure.ts';
import { unitCitation } from './citation.ts';
import { documentTypeName } from './document-types.ts';
import { labelOf, type Coded } from '../text/message.ts';

/**
 * Rules a document must keep beyond its field formats. Per document (the CMS checks these
 * before saving, the build again): the number fits the type and the year of issue, the dates
 * are in order, no relation points at the document itself, no article or chapter number
 * repeats. Across documents (the build): a relation never points at a document issued later,
 * and two documents never state relations about each other (the relation belongs to the newer
 * one; the other side is shown by the site). Messages name both files. Each problem says what
 * is wrong as a code and its values; the caller words it (word() in src/i18n/wording/).
 */

export interface DocumentForRules {
  number: string;
  type: string;
  issued: string;
  effective?: string | undefined;
  expires?: string | undefined;
  relations: readonly { kind: string; target: string }[];
}

/** What a document problem says, as a string key. */
export type DocumentCode =
  | 'error.docNumberSymbol'
  | 'error.docNumberYearMissing'
  | 'error.docNumberYearExtra'
  | 'error.docNumberYearDiffers'
  | 'error.expiresBeforeStart'
  | 'error.relationSelf'
  | 'error.duplicateUnit'
  | 'error.relationToLater'
  | 'error.relationBothSides';

export interface FieldProblem extends Coded<DocumentCode> {
  /** Dotted path of the field: number, expires, relations[0].target, body. */
  field: string;
}

export interface FileProblem extends FieldProblem {
  file: string;
}

const relationLabel = (kind: string) => labelOf('relation.', kind);

/** Problems of one document on its own, from its front matter (and body, when given). */
export function documentProblems(doc: DocumentForRules, body?: string): FieldProblem[] {
  const out: FieldProblem[] = [];
  const type = documentTypeName(doc.type);
  const symbol = parseDocNumber(doc.number)?.symbol ?? '';
  for (const p of numberProblems(doc.number, doc.type, doc.issued)) {
    out.push(
      p.kind === 'symbol'
        ? { field: 'number', code: 'error.docNumberSymbol', params: { symbol, type, example: p.example } }
        : p.kind === 'year-missing'
          ? { field: 'number', code: 'error.docNumberYearMissing', params: { type, example: p.example } }
          : p.kind === 'year-extra'
            ? { field: 'number', code: 'error.docNumberYearExtra', params: { type, example: p.example } }
            : {
                field: 'number',
                code: 'error.docNumberYearDiffers',
                params: { year: p.year, issuedYear: p.issuedYear },
              },
    );
  }
  const start = doc.effective ?? doc.issued;
  if (doc.expires && doc.expires <= start) {
    out.push({
      field: 'expires',
      code: 'error.expiresBeforeStart',
      params: { expires: formatViDate(doc.expires), start: formatViDate(start) },
    });
  }
  const self = docNumberSlug(doc.number);
  doc.relations.forEach((relation, i) => {
    if (docNumberSlug(relation.target) === self)
      out.push({ field: `relations[${i}].target`, code: 'error.relationSelf' });
  });
  if (body !== undefined) {
    for (const d of parseStructure(body).duplicates) {
      out.push({
        field: 'body',
        code: 'error.duplicateUnit',
        params: { unit: unitCitation([d]), first: d.firstLine, line: d.line },
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
          code: 'error.relationToLater',
          params: {
            kind: relationLabel(relation.kind),
            number: other.number,
            otherFile: other.file,
            otherDate: formatViDate(other.issued),
            date: formatViDate(doc.issued),
          },
        });
      }
      const j = other.relations.findIndex((back) => docNumberSlug(back.target) === id);
      const back = other.relations[j];
      // Reported once per pair, on the file that sorts first.
      if (back && doc.file < other.file) {
        out.push({
          file: doc.file,
          field,
          code: 'error.relationBothSides',
          params: {
            kind: relationLabel(relation.kind),
            number: other.number,
            otherFile: other.file,
            otherField: `relations[${j}].target`,
            otherKind: relationLabel(back.kind),
          },
        });
      }
    });
  }
  return out;
}
