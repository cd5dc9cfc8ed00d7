/**
 * The strings a page hands to its browser script, defined once: each set names the keys of
 * src/i18n/strings.ts a script receives, under the names the script reads them by. The page
 * serialises a set with `pickStrings` (into data-strings) or `dataStrings` (into data-*
 * attributes); the script reads them as `ClientStrings<typeof SET>` and fills their
 * placeholders with src/i18n/client-fill.ts, which checks at compile time that every
 * placeholder gets a value.
 *
 * Scripts import only types from here (`import type`), so strings.ts never reaches the browser.
 */
import { FACETS, type FacetKey } from '../lib/search/facets.ts';
import { t, type StringKey, type strings } from './strings.ts';

/** Names a script reads its strings by, each naming a key of strings.ts; sets may nest. */
export interface StringSet {
  readonly [name: string]: StringKey | StringSet;
}

/** What a script reads for a set: each key's template as written, placeholders unfilled. */
export type ClientStrings<S extends StringSet> = {
  readonly [N in keyof S]: S[N] extends StringKey
    ? (typeof strings)[S[N]]
    : S[N] extends StringSet
      ? ClientStrings<S[N]>
      : never;
};

/** The templates of a set, in the set's order (the order they are serialised in). */
export function pickStrings<const S extends StringSet>(set: S): ClientStrings<S> {
  return Object.fromEntries(
    Object.entries(set).map(([name, key]) => [name, typeof key === 'string' ? t(key) : pickStrings(key)]),
  ) as ClientStrings<S>;
}

/** "searchAll" → "data-search-all", the attribute `element.dataset.searchAll` reads. */
function dataAttribute(name: string): `data-${string}` {
  return `data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/**
 * A flat set as data-* attributes, for a component to spread on the element its script reads
 * with `element.dataset[name]`.
 */
export function dataStrings(set: Readonly<Record<string, StringKey>>): Record<`data-${string}`, string> {
  return Object.fromEntries(Object.entries(set).map(([name, key]) => [dataAttribute(name), t(key)]));
}

/** The search page's filter legends, one per facet, in FACETS order. */
const FACET_LEGENDS = Object.fromEntries(FACETS.map((key) => [key, `search.facet.${key}` as const])) as {
  readonly [K in FacetKey]: `search.facet.${K}`;
};

/** Handed by /tim-kiem/ (src/pages/tim-kiem/index.astro) to src/scripts/search-page.ts, in data-strings. */
export const SEARCH_PAGE_STRINGS = {
  results: 'search.results',
  resultsFiltered: 'search.resultsFiltered',
  resultsOnlyFilters: 'search.resultsOnlyFilters',
  noResults: 'search.noResults',
  noResultsFiltered: 'search.noResultsFiltered',
  noResultsOnlyFilters: 'search.noResultsOnlyFilters',
  loading: 'search.loading',
  error: 'search.error',
  option: 'search.option',
  moreLoaded: 'search.moreLoaded',
  sections: 'search.sections',
  facets: FACET_LEGENDS,
  /** The collection value of radio scripts, whose index is loaded only when they are asked for. */
  radioCollection: 'search.collection.phat-thanh',
} as const satisfies StringSet;

export type SearchPageStrings = ClientStrings<typeof SEARCH_PAGE_STRINGS>;

/**
 * Read by src/scripts/document-lookup.ts from the lookup form's data-* attributes
 * (src/components/DocumentLookup.astro writes them one by one for now).
 */
export const DOCUMENT_LOOKUP_STRINGS = {
  found: 'documents.lookup.found',
  none: 'documents.lookup.none',
  searchAll: 'documents.lookup.searchAll',
  noAnchor: 'documents.lookup.noAnchor',
  opening: 'documents.lookup.opening',
} as const satisfies StringSet;

export type DocumentLookupStrings = ClientStrings<typeof DOCUMENT_LOOKUP_STRINGS>;

/**
 * Read by src/scripts/search-suggest.ts from the header search box's data-* attributes
 * (src/components/SearchBox.astro writes them one by one for now).
 */
export const SEARCH_SUGGEST_STRINGS = {
  status: 'search.suggest.status',
  none: 'search.suggest.none',
  all: 'search.suggest.all',
  error: 'search.error',
} as const satisfies StringSet;

export type SearchSuggestStrings = ClientStrings<typeof SEARCH_SUGGEST_STRINGS>;
