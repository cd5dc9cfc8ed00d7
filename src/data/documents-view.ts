/**
 * Documents with what pages derive from them: relations from both sides, the validity
 * status on a given day and why, facets for the filter pages, attachments with their size,
 * and the lookup data. Built once per page from getDocuments(); the rules live in
 * src/lib/legal/.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { getDocuments, type LegalDocument } from './entries.ts';
import { OPTIONS } from '../schemas/options.ts';
import { groupRelations, type DocumentRelations, type RelationGroup } from '../lib/legal/relations.ts';
import type { Validity, ValidityExplained } from '../lib/legal/validity.ts';
import { documentValidities } from '../lib/legal/validities.ts';
import { documentFacets, type FacetName, type FacetValue } from '../lib/legal/facets.ts';
import { allUnits, parseStructure } from '../lib/legal/parse-structure.ts';
import type { LookupEntry } from '../lib/legal/lookup.ts';
import { fileKind, formatFileSize } from '../lib/site/file-info.ts';
import { paths } from '../lib/site/paths.ts';

export interface AttachmentInfo {
  href: string;
  label: string;
  /** "PDF"; '' when the name has no extension. */
  kind: string;
  /** "84 KB"; '' when the file cannot be read. */
  size: string;
}

export interface DocumentsView {
  /** Newest issued first. */
  documents: LegalDocument[];
  byId: Map<string, LegalDocument>;
  /** Validity status of a document by id (throws for an unknown id). */
  validityOf: (id: string) => Validity;
  /** Validity status with its reason. */
  explainedOf: (id: string) => ValidityExplained;
  relations: Map<string, DocumentRelations>;
  /** Relations of one document grouped by kind, outgoing first. */
  groupsOf: (id: string) => RelationGroup[];
  /** Values of each filter with their documents. */
  facets: Record<FacetName, FacetValue[]>;
  /** The day statuses were computed for. */
  today: string;
}

const views = new Map<string, Promise<DocumentsView>>();

/**
 * The view for a day, built once per build and day (every document page and filter page asks
 * for it; building it per page made a build quadratic in documents). The dev server builds afresh.
 */
export function getDocumentsView(today: string): Promise<DocumentsView> {
  if (!import.meta.env.PROD) return buildView(today);
  let view = views.get(today);
  if (!view) {
    view = buildView(today);
    views.set(today, view);
  }
  return view;
}

async function buildView(today: string): Promise<DocumentsView> {
  const documents = await getDocuments();
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const { relations, explained } = documentValidities(
    documents.map((doc) => ({ id: doc.id, relations: doc.data.relations, input: doc.data })),
    today,
  );
  const explainedOf = (id: string) => {
    const value = explained.get(id);
    if (!value) throw new Error(`Unknown document id: ${id}`);
    return value;
  };
  const empty: DocumentRelations = { outgoing: [], incoming: [] };
  return {
    documents,
    byId,
    validityOf: (id) => explainedOf(id).validity,
    explainedOf,
    relations,
    groupsOf: (id) => groupRelations(relations.get(id) ?? empty, OPTIONS.relationKind),
    facets: documentFacets(
      documents.map((doc) => ({
        id: doc.id,
        type: doc.data.type,
        issuer: doc.data.issuer,
        issued: doc.data.issued,
        validity: explainedOf(doc.id).validity,
      })),
    ),
    today,
  };
}

/** A document's attachments with kind and size, read from public/ at build time. */
export function attachmentsOf(doc: LegalDocument): AttachmentInfo[] {
  return doc.data.attachments.map((a) => {
    let size = '';
    try {
      size = formatFileSize(statSync(join(process.cwd(), 'public', a.file)).size);
    } catch {
      // The content check refuses missing files; a file that cannot be read just shows no size.
    }
    return { href: paths.publicFile(a.file), label: a.label, kind: fileKind(a.file), size };
  });
}

/** What the number lookup needs of every document: number, title, type, date and anchors. */
export function lookupEntries(documents: readonly LegalDocument[]): LookupEntry[] {
  return documents.map((doc) => ({
    id: doc.id,
    number: doc.data.number,
    title: doc.data.title,
    type: doc.data.type,
    issued: doc.data.issued,
    anchors: allUnits(parseStructure(doc.body)).map((u) => u.id),
  }));
}
