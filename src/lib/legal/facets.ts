import { slugify } from '../text/slug.ts';
import { OPTIONS } from '../content/options.ts';
import type { Validity } from './validity.ts';

/**
 * The ways the document list can be narrowed without JavaScript: one pre-rendered page per
 * type, issuer, year of issue and validity status (/van-ban/loai/nghi-dinh/ …), each value
 * with the number of documents it holds.
 */

export type FacetName = 'loai' | 'co-quan' | 'nam' | 'hieu-luc';

export const FACET_NAMES: readonly FacetName[] = ['loai', 'co-quan', 'nam', 'hieu-luc'];

export interface FacetDocument {
  id: string;
  type: string;
  issuer: string;
  issued: string;
  validity: Validity;
}

export interface FacetValue {
  facet: FacetName;
  /** ASCII path segment: "nghi-dinh", "uy-ban-nhan-dan-tinh-hung-yen", "2025", "con-hieu-luc". */
  value: string;
  /** The value as people read it (type and status values are option ids; pages label them). */
  label: string;
  /** Ids of the documents with this value, in the order given. */
  ids: string[];
}

function valueOf(facet: FacetName, doc: FacetDocument): { value: string; label: string } {
  switch (facet) {
    case 'loai':
      return { value: doc.type, label: doc.type };
    case 'co-quan':
      return { value: slugify(doc.issuer), label: doc.issuer };
    case 'nam':
      return { value: doc.issued.slice(0, 4), label: doc.issued.slice(0, 4) };
    case 'hieu-luc':
      return { value: doc.validity, label: doc.validity };
  }
}

function order(facet: FacetName, a: FacetValue, b: FacetValue): number {
  switch (facet) {
    case 'loai':
      return OPTIONS.documentType.indexOf(a.value as never) - OPTIONS.documentType.indexOf(b.value as never);
    case 'co-quan':
      return a.label.localeCompare(b.label, 'vi');
    case 'nam':
      return b.value.localeCompare(a.value);
    case 'hieu-luc':
      return OPTIONS.validity.indexOf(a.value as never) - OPTIONS.validity.indexOf(b.value as never);
  }
}

/**
 * The values of one facet with their documents. Every validity status is listed, even with no
 * document, so its page always exists; the other facets list the values present.
 */
export function facetValues(facet: FacetName, docs: readonly FacetDocument[]): FacetValue[] {
  const byValue = new Map<string, FacetValue>();
  if (facet === 'hieu-luc') for (const v of OPTIONS.validity) byValue.set(v, { facet, value: v, label: v, ids: [] });
  for (const doc of docs) {
    const { value, label } = valueOf(facet, doc);
    if (value === '') continue;
    const entry = byValue.get(value) ?? { facet, value, label, ids: [] };
    entry.ids.push(doc.id);
    byValue.set(value, entry);
  }
  return [...byValue.values()].sort((a, b) => order(facet, a, b));
}

/** All four facets. */
export function documentFacets(docs: readonly FacetDocument[]): Record<FacetName, FacetValue[]> {
  return {
    loai: facetValues('loai', docs),
    'co-quan': facetValues('co-quan', docs),
    nam: facetValues('nam', docs),
    'hieu-luc': facetValues('hieu-luc', docs),
  };
}

/**
 * The string key a facet value reads by: the option label for types and statuses, none for
 * issuers and years, which read as they are. The caller words it (src/i18n/wording/facets.ts).
 */
export function facetLabelKey(v: Pick<FacetValue, 'facet' | 'value'>): `option.${string}` | undefined {
  if (v.facet === 'loai') return `option.documentType.${v.value}`;
  if (v.facet === 'hieu-luc') return `option.validity.${v.value}`;
  return undefined;
}
