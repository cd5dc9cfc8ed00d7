import { FACETS, SORT_PARAM, SORTS, type FacetKey, type SortOrder } from './facets.ts';

/**
 * A search as it lives in the address bar: /tim-kiem/?q=thi+dua&chuyen-muc=Văn+bản&nam=2025
 * &sap-xep=moi-nhat. The same names are the fields of the search form, so the form works as a
 * plain GET form and a copied address opens the same search.
 */

export interface SearchState {
  /** What was typed, trimmed, spaces collapsed. */
  q: string;
  /** Chosen values per facet; a result matches when it has any of a facet's values (and every facet). */
  filters: Partial<Record<FacetKey, string[]>>;
  sort: SortOrder;
}

export const EMPTY_STATE: SearchState = { q: '', filters: {}, sort: 'lien-quan' };

/** Collapses runs of whitespace and trims. */
export function tidy(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Reads a search from URL parameters (or a form's data); unknown parameters are ignored. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FACETS) {
    const values = [...new Set(params.getAll(key).map(tidy).filter(Boolean))];
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get(SORT_PARAM);
  return {
    q: tidy(params.get('q') ?? ''),
    filters,
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as SortOrder) : 'lien-quan',
  };
}

/** Writes a search as URL parameters: q first, facets in their order, the sort only when not the default. */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const key of FACETS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== 'lien-quan') params.set(SORT_PARAM, state.sort);
  return params;
}

/** The address of a search: "/tim-kiem/?q=thi+dua". */
export function stateToUrl(path: string, state: SearchState): string {
  const query = stateToParams(state).toString();
  return query === '' ? path : `${path}?${query}`;
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return stateToParams(a).toString() === stateToParams(b).toString();
}

/** True when there is anything to search for: words or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
  return state.q !== '' || activeFacets(state).length > 0;
}

/** Facets with at least one value chosen. */
export function activeFacets(state: SearchState): FacetKey[] {
  return FACETS.filter((key) => (state.filters[key]?.length ?? 0) > 0);
}

/** Adds or removes one value of a facet. */
export function toggleFilter(state: SearchState, key: FacetKey, value: string, on: boolean): SearchState {
  const current = state.filters[key] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const filters = { ...state.filters };
  if (next.length > 0) filters[key] = next;
  else delete filters[key];
  return { ...state, filters };
}

/**
 * Pagefind's filter object: any of a facet's values, every facet. `except` leaves one facet out,
 * to count what each of its values would give (the counts beside its check boxes).
 */
export function pagefindFilters(state: SearchState, except?: FacetKey): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of activeFacets(state)) {
    if (key !== except) out[key] = { any: state.filters[key] ?? [] };
  }
  return out;
}

/**
 * True when the results are listed newest first: when asked, or when there are no words to
 * rank by (a search with only filters). The order comes from src/lib/search/date-order.ts.
 */
export function sortsByDate(state: SearchState): boolean {
  return state.sort === 'moi-nhat' || state.q === '';
}
