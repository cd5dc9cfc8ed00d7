/**
 * What search results can be filtered and sorted by. Each facet's key is at once the name of
 * the Pagefind filter on the pages (data-pagefind-filter="to:Tổ dân phố số 3") and the name
 * of the URL parameter on /tim-kiem/ (?to=Tổ+dân+phố+số+3); values are the labels people read.
 */
import { paths } from '../site/paths.ts';

/** Facets in the order the search page shows them. */
export const FACETS = ['chuyen-muc', 'loai', 'co-quan', 'hieu-luc', 'nam', 'to', 'linh-vuc'] as const;
export type FacetKey = (typeof FACETS)[number];

/** Collections a result can belong to (value of the chuyen-muc facet comes from strings). */
export const SEARCH_COLLECTIONS = ['guong-sang', 'phong-trao', 'van-ban', 'thong-bao', 'phat-thanh'] as const;
export type SearchCollection = (typeof SEARCH_COLLECTIONS)[number];

/** Name of the date meta on pages (data-pagefind-meta="ngay:2025-10-06"). */
export const DATE_KEY = 'ngay';

/** Sort orders, as written in the URL (?sap-xep=moi-nhat); relevance is the default and is left out. */
export const SORTS = ['lien-quan', 'moi-nhat'] as const;
export type SortOrder = (typeof SORTS)[number];
export const SORT_PARAM = 'sap-xep';

/** Meta fields the pages carry for the result list (besides Pagefind's own title). */
export const META = { date: DATE_KEY, number: 'so-hieu', docType: 'loai-id' } as const;

/**
 * Weight of a radio script page's words: a script repeats its story word for word, so the story
 * itself must come first; the radio team finds scripts with the collection filter.
 */
export const RADIO_SCRIPT_WEIGHT = 0.3;

/**
 * Weight of an announcement page's words: a notice repeats the name of the campaign it belongs
 * to ("Lễ tổng kết phong trào “Gương người tốt, việc tốt”"), and a search for that name must
 * find the campaign first; words only the announcement holds still find it.
 */
export const ANNOUNCEMENT_WEIGHT = 0.5;

export function isFacetKey(key: string): key is FacetKey {
  return (FACETS as readonly string[]).includes(key);
}

/** Pagefind's WebAssembly for languages it has no stemmer for, Vietnamese among them (fetched early by /tim-kiem/). */
export const PAGEFIND_WASM = 'wasm.unknown.pagefind';

/**
 * Pagefind's options in the browser: its folder given outright (in a worker Pagefind would
 * derive it, and its pages' addresses, with the origin in front), short excerpts
 * (src/lib/search/excerpt.ts makes the shown ones), no worker of Pagefind's own (it already
 * runs in src/scripts/search-worker.ts), and the build's index tag, so its entry file can be
 * fetched before Pagefind asks for it.
 */
export function pagefindOptions(indexTag: string | undefined): Record<string, unknown> {
  return {
    basePath: paths.searchIndex,
    excerptLength: 12,
    noWorker: true,
    ...(indexTag ? { metaCacheTag: indexTag } : {}),
  };
}
