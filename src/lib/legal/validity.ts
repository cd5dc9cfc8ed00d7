import type { DocumentRelations } from './relations.ts';

/**
 * Validity status (tình trạng hiệu lực) of a document. An editor may set it by hand;
 * otherwise it is derived from the dates and from documents that replace or repeal it.
 */

export type Validity = 'chua-co-hieu-luc' | 'con-hieu-luc' | 'het-hieu-luc-mot-phan' | 'het-hieu-luc';

/** Relation kinds that end the validity of their target. */
export const TERMINATING_RELATIONS: readonly string[] = ['thay-the', 'bai-bo'];

export interface ValidityInput {
  /** Status set by hand; wins over everything else. */
  status?: Validity | undefined;
  issued: string;
  effective?: string | undefined;
  expires?: string | undefined;
}

/** The day a document takes effect: its effective date, or its issue date when none is given. */
export function effectiveFrom(doc: ValidityInput): string {
  return doc.effective || doc.issued;
}

/**
 * Derives the validity status on `today`:
 * "chưa có hiệu lực" before the effective date; "hết hiệu lực" from the expiry date on, or
 * once a document that replaces or repeals it (`terminatedBy`) has itself taken effect;
 * otherwise "còn hiệu lực".
 */
export function documentValidity(
  doc: ValidityInput,
  today: string,
  terminatedBy: readonly ValidityInput[] = [],
): Validity {
  if (doc.status) return doc.status;
  if (today < effectiveFrom(doc)) return 'chua-co-hieu-luc';
  if (doc.expires && doc.expires <= today) return 'het-hieu-luc';
  if (terminatedBy.some((other) => effectiveFrom(other) <= today)) return 'het-hieu-luc';
  return 'con-hieu-luc';
}

/** Ids of the documents that replace or repeal a document, from its computed relations. */
export function terminatingIds(relations: DocumentRelations | undefined): string[] {
  return (relations?.incoming ?? [])
    .filter((link) => TERMINATING_RELATIONS.includes(link.kind))
    .map((link) => link.otherId);
}
