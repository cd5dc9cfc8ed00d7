/**
 * How a document facet value reads on the site: src/lib/legal/facets.ts names the option label
 * (facetLabelKey); issuers and years, and a value without a label, read as they are.
 */
import { facetLabelKey, type FacetValue } from '../../lib/legal/facets.ts';
import { tMaybe } from '../strings.ts';

/** "Nghị định" for the type nghi-dinh, "Chính phủ" for that issuer, "2025" for the year. */
export function facetLabel(v: Pick<FacetValue, 'facet' | 'value' | 'label'>): string {
  const key = facetLabelKey(v);
  return (key === undefined ? undefined : tMaybe(key)) ?? v.label;
}
