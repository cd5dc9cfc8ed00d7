import type { FacetKey } from './facets.ts';

/**
 * The check boxes of one facet: every value that would give results, the ones chosen (even at
 * 0, so they can be unticked) and the ones always offered (the radio scripts, whose index is
 * loaded only when they are asked for: their count is unknown until then); years newest
 * first, everything else in Vietnamese alphabetical order with numbers in number order
 * ("Tổ dân phố số 2" before "số 10").
 */

export interface FacetOption {
  value: string;
  /** Results the value would give; undefined when not known yet. */
  count: number | undefined;
  checked: boolean;
}

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

export function facetOptions(
  key: FacetKey,
  counts: Readonly<Record<string, number>>,
  chosen: readonly string[],
  always: readonly string[] = [],
): FacetOption[] {
  const values = new Set([...Object.keys(counts).filter((v) => (counts[v] ?? 0) > 0), ...chosen, ...always]);
  const order = key === 'nam' ? (a: string, b: string) => collator.compare(b, a) : collator.compare;
  return [...values].sort(order).map((value) => ({
    value,
    count: value in counts ? (counts[value] ?? 0) : always.includes(value) ? undefined : 0,
    checked: chosen.includes(value),
  }));
}
