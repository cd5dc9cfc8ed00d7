/**
 * The search behind /tim-kiem/ and the header box, in the browser: loads Pagefind (built by
 * src/integrations/pagefind.ts) on first use and runs a SearchState through it. The rules are
 * in src/lib/search/: query tidying and plan, exact-marks-first merging, ordering the first
 * results by the words they contain, pinning a typed document number, result views.
 *
 * Pagefind runs in a web worker of the site's own (src/scripts/search-worker.ts), so its work
 * never blocks the page. Bytes matter (residents on slow mobile data): the radio scripts'
 * index is merged in only when scripts are asked for, the filter indexes are loaded for the
 * counts only once the results are on screen, and the pages' dates only when results are
 * sorted by date (src/lib/search/date-order.ts).
 */
import { FACETS, PAGEFIND_WASM, pagefindOptions, type FacetKey } from '../lib/search/facets.ts';
import { paths } from '../lib/site/paths.ts';
import { planQuery, type QueryPlan } from '../lib/search/query.ts';
import { termCoverage } from '../lib/search/excerpt.ts';
import { mergeExactFirst, phrasesFirst, pinDocuments, rerankByCoverage } from '../lib/search/rank.ts';
import { activeFacets, pagefindFilters, sortsByDate, type SearchState } from '../lib/search/url-state.ts';
import { DATE_ORDER_FILE, datesOf, newestFirst, type DateOrder } from '../lib/search/date-order.ts';
import { documentFacts, resultView, type PagefindData, type ResultView } from '../lib/search/view.ts';
import { loadPagefind, type Pagefind, type PagefindResult } from './pagefind-client.ts';

/**
 * The first results, whose pages are loaded before anything is shown (they are shown first
 * anyway) to order them by the words they really contain and to pin a typed document number.
 * Each page costs a request of 1–3 KB; on the 5,000-story benchmark site ordering the first 6
 * gave the same first 6 results as ordering the first 10 for every query of the search table.
 */
export const HEAD = 6;

let loading: Promise<Pagefind> | undefined;
let indexTag: string | undefined;
let indexFiles = [`${paths.searchIndex}${PAGEFIND_WASM}`];
let radioMerged: Promise<void> | undefined;
let filtersLoaded: Promise<unknown> | undefined;
const dateOrders = new Map<string, Promise<DateOrder>>();

/**
 * Names the build's index and the index files worth fetching at once (the search page knows
 * both); call before the first search.
 */
export function useIndex(tag: string | undefined, files: string[] | undefined): void {
  indexTag = tag;
  if (files) indexFiles = files;
}

/** Pagefind, loaded once (in a web worker where possible: src/scripts/pagefind-client.ts). */
export function pagefind(): Promise<Pagefind> {
  loading ??= loadPagefind(`${paths.searchIndex}pagefind.js`, pagefindOptions(indexTag), indexFiles);
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Merges the radio scripts' index in, once. */
function mergeRadio(pf: Pagefind): Promise<void> {
  radioMerged ??= pf.mergeIndex(paths.radioSearchIndex).catch((error: unknown) => {
    radioMerged = undefined;
    throw error;
  });
  return radioMerged;
}

/** True once the radio scripts are part of the search. */
export function hasRadio(): boolean {
  return radioMerged !== undefined;
}

/** The dates of an index's pages (fetched once per index). */
function dateOrder(indexPath: string): Promise<DateOrder> {
  let order = dateOrders.get(indexPath);
  if (!order) {
    order = fetch(`${indexPath}${DATE_ORDER_FILE}${indexTag ? `?ts=${indexTag}` : ''}`).then((response) => {
      if (!response.ok) throw new Error(`${response.status} for ${indexPath}${DATE_ORDER_FILE}`);
      return response.json() as Promise<DateOrder>;
    });
    order.catch(() => dateOrders.delete(indexPath));
    dateOrders.set(indexPath, order);
  }
  return order;
}

/** Page id → date for the indexes searched. */
async function pageDates(): Promise<Map<string, string>> {
  const indexes = [paths.searchIndex, ...(hasRadio() ? [paths.radioSearchIndex] : [])];
  return datesOf(await Promise.all(indexes.map(dateOrder)));
}

/** One result in order, with its page data loaded on demand (once). */
export interface Hit {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PagefindData>;
}

export interface SearchOutcome {
  state: SearchState;
  plan: QueryPlan;
  hits: Hit[];
}

function cached(result: PagefindResult): Hit {
  let data: Promise<PagefindData> | undefined;
  return { id: result.id, score: result.score, words: result.words, data: () => (data ??= result.data()) };
}

/** Searches run one after the other: the exact-marks search switches an option of the shared instance. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function searchOnce(pf: Pagefind, state: SearchState, plan: QueryPlan, exact: boolean, except?: FacetKey) {
  if (exact) await pf.options({ exactDiacritics: true });
  try {
    return await pf.search(plan.text === '' ? null : plan.text, { filters: pagefindFilters(state, except) });
  } finally {
    if (exact) await pf.options({ exactDiacritics: false });
  }
}

/** Reorders the first results by their loaded pages (src/lib/search/rank.ts). */
async function reorderHead(hits: Hit[], plan: QueryPlan, exactIds: ReadonlySet<string>): Promise<Hit[]> {
  const head = hits.slice(0, HEAD);
  const data = new Map(await Promise.all(head.map(async (h) => [h, await h.data()] as const)));
  const judged = head.map((hit) => {
    const page = data.get(hit);
    const coverage = termCoverage(page?.content ?? '', plan.terms);
    return { hit, exact: exactIds.has(hit.id), secondary: page?.url.startsWith(paths.radio) ?? false, ...coverage };
  });
  let ordered = rerankByCoverage(judged);
  if (plan.docNumber || plan.anchor) {
    ordered = pinDocuments(plan.text, ordered, (h) => {
      const d = data.get(h);
      return d ? documentFacts(d) : undefined;
    });
  }
  return [...ordered, ...hits.slice(HEAD)];
}

/** Runs a search; `radio` merges the radio scripts' index in first (it then stays in). */
export function runSearch(state: SearchState, radio = false): Promise<SearchOutcome> {
  return serial(async () => {
    const pf = await pagefind();
    if (radio) await mergeRadio(pf);
    const plan = planQuery(state.q);
    const byDate = sortsByDate(state);
    // Started now, so that the dates (when needed) load while Pagefind searches. Without them
    // the results stay in Pagefind's order rather than fail.
    const dates = byDate ? pageDates().catch(() => new Map<string, string>()) : undefined;
    const all = await searchOnce(pf, state, plan, false);
    let hits = all.results.map(cached);
    if (dates) hits = newestFirst(hits, await dates);
    const exactIds = new Set<string>();
    if (plan.exactFirst && !byDate) {
      const exact = await searchOnce(pf, state, plan, true);
      for (const r of exact.results) exactIds.add(r.id);
      const byId = new Map(hits.map((h) => [h.id, h]));
      hits = mergeExactFirst(
        exact.results.map((r) => byId.get(r.id) ?? cached(r)),
        hits,
      );
    }
    if (!byDate && plan.terms.length > 0) {
      hits = await reorderHead(phrasesFirst(hits, plan.terms.length, exactIds), plan, exactIds);
    }
    return { state, plan, hits };
  });
}

function zero(values: Record<string, number> | undefined): Record<string, number> {
  return Object.fromEntries(Object.keys(values ?? {}).map((k) => [k, 0]));
}

/**
 * Per facet, the number of results each value would give, the facet's own choice left out (so
 * ticking a second year adds to the first). Loads every filter index once.
 */
export function facetCounts(state: SearchState): Promise<Record<FacetKey, Record<string, number>>> {
  return serial(async () => {
    const pf = await pagefind();
    filtersLoaded ??= pf.filters().catch(() => (filtersLoaded = undefined));
    await filtersLoaded;
    const plan = planQuery(state.q);
    const all = await searchOnce(pf, state, plan, false);
    const counts = {} as Record<FacetKey, Record<string, number>>;
    for (const key of FACETS) counts[key] = { ...zero(all.totalFilters[key]), ...all.filters[key] };
    for (const key of activeFacets(state)) {
      const without = await searchOnce(pf, state, plan, false, key);
      counts[key] = { ...zero(without.totalFilters[key]), ...without.filters[key] };
    }
    return counts;
  });
}

/** Loads a result's page data and turns it into what the list shows. */
export async function viewOf(hit: Hit, plan: QueryPlan, compact = false): Promise<ResultView> {
  return resultView(await hit.data(), {
    excerptLength: compact ? 16 : 32,
    sectionLength: 18,
    maxSections: compact ? 0 : 3,
    anchor: plan.anchor,
    terms: plan.terms,
  });
}
