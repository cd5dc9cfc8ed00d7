/**
 * Every document's relations both ways and its validity on a day, with the documents that
 * replace or repeal it taken into account: the one rule for the site (src/data/documents-view.ts)
 * and the CMS previews (admin/previews/document.tsx), which may hold documents without an
 * issue date yet (`input` undefined: no validity, and they end no other document).
 */
import { documentRelations, type DocumentRelations, type RelatedDocumentInput } from './relations.ts';
import {
  explainValidity,
  terminatingLinks,
  type Terminator,
  type ValidityExplained,
  type ValidityInput,
} from './validity.ts';

/** A document's id and relations, and its dates and status as the validity rule reads them. */
export interface ValidityDocument extends RelatedDocumentInput {
  input: ValidityInput | undefined;
}

export interface Validities {
  relations: Map<string, DocumentRelations>;
  /** By id; only documents with an `input`. */
  explained: Map<string, ValidityExplained>;
}

export function documentValidities(documents: readonly ValidityDocument[], today: string): Validities {
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const relations = documentRelations(documents);
  const explained = new Map<string, ValidityExplained>();
  for (const doc of documents) {
    if (!doc.input) continue;
    const terminators = terminatingLinks(relations.get(doc.id)).flatMap((link): Terminator[] => {
      const other = byId.get(link.otherId)?.input;
      return other ? [{ ...other, status: undefined, id: link.otherId, kind: link.kind, partial: link.partial }] : [];
    });
    explained.set(doc.id, explainValidity(doc.input, today, terminators));
  }
  return { relations, explained };
}
