import type { DocumentRelations } from './relations.ts';

/**
 * Validity status (tình trạng hiệu lực) of a document. An editor may set it by hand;
 * otherwise it is derived from the dates and from documents that replace or repeal it,
 * wholly or in part.
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

/** A document that replaces or repeals another, and whether only in part. */
export interface Terminator extends ValidityInput {
  id?: string | undefined;
  kind?: string | undefined;
  partial?: boolean | undefined;
}

/** Why a document has its status, for the sentence under the badge. */
export type ValidityReason =
  | { kind: 'manual' }
  | { kind: 'not-yet'; from: string }
  | { kind: 'in-force'; from: string }
  | { kind: 'expired'; on: string }
  | { kind: 'terminated'; on: string; by: Terminator }
  | { kind: 'partly-terminated'; on: string; by: Terminator };

export interface ValidityExplained {
  validity: Validity;
  reason: ValidityReason;
}

/** The day a document takes effect: its effective date, or its issue date when none is given. */
export function effectiveFrom(doc: ValidityInput): string {
  return doc.effective || doc.issued;
}

/**
 * Derives the validity status on `today`, with its reason:
 * "chưa có hiệu lực" before the effective date; "hết hiệu lực" from the expiry date on, or
 * once a document that wholly replaces or repeals it (`terminatedBy`) has itself taken effect;
 * "hết hiệu lực một phần" once one that replaces or repeals part of it has taken effect;
 * otherwise "còn hiệu lực".
 */
export function explainValidity(
  doc: ValidityInput,
  today: string,
  terminatedBy: readonly Terminator[] = [],
): ValidityExplained {
  if (doc.status) return { validity: doc.status, reason: { kind: 'manual' } };
  const from = effectiveFrom(doc);
  if (today < from) return { validity: 'chua-co-hieu-luc', reason: { kind: 'not-yet', from } };
  if (doc.expires && doc.expires <= today)
    return { validity: 'het-hieu-luc', reason: { kind: 'expired', on: doc.expires } };
  const inEffect = terminatedBy
    .filter((other) => effectiveFrom(other) <= today)
    .sort((a, b) => effectiveFrom(a).localeCompare(effectiveFrom(b)));
  const whole = inEffect.find((other) => !other.partial);
  if (whole) return { validity: 'het-hieu-luc', reason: { kind: 'terminated', on: effectiveFrom(whole), by: whole } };
  const part = inEffect[0];
  if (part)
    return {
      validity: 'het-hieu-luc-mot-phan',
      reason: { kind: 'partly-terminated', on: effectiveFrom(part), by: part },
    };
  return { validity: 'con-hieu-luc', reason: { kind: 'in-force', from } };
}

/** The validity status on `today` (see explainValidity). */
export function documentValidity(
  doc: ValidityInput,
  today: string,
  terminatedBy: readonly Terminator[] = [],
): Validity {
  return explainValidity(doc, today, terminatedBy).validity;
}

/** Ids of the documents that replace or repeal a document, from its computed relations. */
export function terminatingIds(relations: DocumentRelations | undefined): string[] {
  return terminatingLinks(relations).map((link) => link.otherId);
}

/** The incoming relations that replace or repeal a document, wholly or in part. */
export function terminatingLinks(relations: DocumentRelations | undefined): DocumentRelations['incoming'] {
  return (relations?.incoming ?? []).filter((link) => TERMINATING_RELATIONS.includes(link.kind));
}
