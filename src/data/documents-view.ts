/**
 * Documents with what pages derive from them: relations from both sides and the validity
 * status on a given day. Built once per page from getDocuments(); the rules live in
 * src/lib/legal/.
 */
import { getDocuments, type LegalDocument } from './entries.ts';
import { OPTIONS } from '../schemas/options.ts';
import {
  documentRelations,
  groupRelations,
  type DocumentRelations,
  type RelationGroup,
} from '../lib/legal/relations.ts';
import { documentValidity, terminatingIds, type Validity } from '../lib/legal/validity.ts';

export interface DocumentsView {
  /** Newest issued first. */
  documents: LegalDocument[];
  byId: Map<string, LegalDocument>;
  /** Validity status of a document by id (throws for an unknown id). */
  validityOf: (id: string) => Validity;
  relations: Map<string, DocumentRelations>;
  /** Relations of one document grouped by kind, outgoing first. */
  groupsOf: (id: string) => RelationGroup[];
}

export async function getDocumentsView(today: string): Promise<DocumentsView> {
  const documents = await getDocuments();
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const relations = documentRelations(documents.map((doc) => ({ id: doc.id, relations: doc.data.relations })));
  const validity = new Map<string, Validity>();
  for (const doc of documents) {
    const terminators = terminatingIds(relations.get(doc.id)).flatMap((id) => {
      const other = byId.get(id);
      return other ? [other.data] : [];
    });
    validity.set(doc.id, documentValidity(doc.data, today, terminators));
  }
  const empty: DocumentRelations = { outgoing: [], incoming: [] };
  return {
    documents,
    byId,
    validityOf: (id) => {
      const value = validity.get(id);
      if (!value) throw new Error(`Unknown document id: ${id}`);
      return value;
    },
    relations,
    groupsOf: (id) => groupRelations(relations.get(id) ?? empty, OPTIONS.relationKind),
  };
}
