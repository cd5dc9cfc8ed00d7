import { docNumberSlug } from './doc-number.ts';

/**
 * Typed relations between documents, seen from both sides. Each document records only
 * its outgoing relations ("this document replaces that one"); the incoming side
 * ("replaced by") is computed here so it is never written twice.
 */

export interface RelatedDocumentInput {
  /** Id of the document (slug of its number). */
  id: string;
  relations: readonly { kind: string; target: string; note?: string | undefined; partial?: boolean | undefined }[];
}

export interface RelationLink {
  kind: string;
  /** Id of the document at the other end (slug of its number). */
  otherId: string;
  /** Remark on the relation, e.g. which articles are affected. */
  note?: string | undefined;
  /** True when the relation concerns only part of the target (some articles replaced or repealed). */
  partial?: boolean | undefined;
}

export interface DocumentRelations {
  /** Relations this document states about others. */
  outgoing: RelationLink[];
  /** Relations other documents state about this one. */
  incoming: RelationLink[];
}

export interface RelationGroup {
  kind: string;
  direction: 'outgoing' | 'incoming';
  links: RelationLink[];
}

/** Outgoing and incoming relations for every document, by id; duplicates are dropped. */
export function documentRelations(docs: readonly RelatedDocumentInput[]): Map<string, DocumentRelations> {
  const result = new Map<string, DocumentRelations>();
  const slot = (id: string): DocumentRelations => {
    let entry = result.get(id);
    if (!entry) {
      entry = { outgoing: [], incoming: [] };
      result.set(id, entry);
    }
    return entry;
  };
  const seen = new Set<string>();
  for (const doc of docs) {
    slot(doc.id);
    for (const relation of doc.relations) {
      const targetId = docNumberSlug(relation.target);
      const key = `${doc.id} ${relation.kind} ${targetId}`;
      if (targetId === doc.id || seen.has(key)) continue;
      seen.add(key);
      const extra = relation.partial ? { partial: true } : {};
      slot(doc.id).outgoing.push({ kind: relation.kind, otherId: targetId, note: relation.note, ...extra });
      slot(targetId).incoming.push({ kind: relation.kind, otherId: doc.id, note: relation.note, ...extra });
    }
  }
  return result;
}

/**
 * Groups one document's relations by kind, outgoing groups first, in the order of
 * `kindOrder` (the order of the relation kinds in the schema options).
 */
export function groupRelations(relations: DocumentRelations, kindOrder: readonly string[]): RelationGroup[] {
  const rank = (kind: string) => {
    const i = kindOrder.indexOf(kind);
    return i === -1 ? kindOrder.length : i;
  };
  const groups: RelationGroup[] = [];
  for (const direction of ['outgoing', 'incoming'] as const) {
    const byKind = new Map<string, RelationLink[]>();
    for (const link of relations[direction]) byKind.set(link.kind, [...(byKind.get(link.kind) ?? []), link]);
    const kinds = [...byKind.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    for (const kind of kinds) groups.push({ kind, direction, links: byKind.get(kind) ?? [] });
  }
  return groups;
}
