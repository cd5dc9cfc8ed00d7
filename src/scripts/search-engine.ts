/**
 * The search behind /tim-kiem/ and the header box, in the browser: loads Pagefind (built into
 * /pagefind/ by src/integrations/pagefind.ts) on first use and runs a SearchState through it.
 * The rules are in src/lib/search/: query tidying and plan, exact-marks-first merging, pinning
 * the document whose number was typed, filter counts, result views.
 */
import { FACETS, type FacetKey } from '../lib/search/facets.ts';
import { paths } from '../lib/site/paths.ts';
import { planQuery, type QueryPlan } from '../lib/search/query.ts';
import { termCoverage } from '../lib/search/excerpt.ts';
import { mergeExactFirst, pinDocuments, rerankByCoverage } from '../lib/search/rank.ts';
import { activeFacets, pagefindFilters, pagefindSort, type SearchState } from '../lib/search/url-state.ts';
import { documentFacts, resultView, type PagefindData, type ResultView } from '../lib/search/view.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindResponse>;
  preload: (term: string) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
/**
 * The first results, whose pages are loaded before anything is shown (they are shown first
 * anyway) to order them by the words they really contain and to pin a typed document number.
 */
export const HEAD = 10;

let loading: Promise<Pagefind> | undefined;
let filtersLoaded: Promise<unknown> | undefined;

/** Pagefind, imported once. */
export function pagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = PAGEFIND_URL;
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    await module.options({ excerptLength: 12 });
    return module;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Loads every filter's index once: Pagefind counts a filter's values only when its index is loaded. */
function loadFilters(pf: Pagefind): Promise<unknown> {
  filtersLoaded ??= pf.filters().catch(() => (filtersLoaded = undefined));
  return filtersLoaded;
}

/** One result in order, with its page data loaded on demand (once). */
export interface Hit {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

export interface SearchOutcome {
  state: SearchState;
  plan: QueryPlan;
  hits: Hit[];
  /** Per facet, the number of results each value would give (the facet's own choice left out). */
  counts: Record<FacetKey, Record<string, number>>;
}

function cached(result: PagefindResult): Hit {
  let data: Promise<PagefindData> | undefined;
  return { id: result.id, score: result.score, data: () => (data ??= result.data()) };
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
    return await pf.search(plan.text === '' ? null : plan.text, {
      filters: pagefindFilters(state, except),
      sort: pagefindSort(state),
    });
  } finally {
    if (exact) await pf.options({ exactDiacritics: false });
  }
}

export function runSearch(state: SearchState, withCounts = true): Promise<SearchOutcome> {
  return serial(async () => {
    const pf = await pagefind();
    if (withCounts) await loadFilters(pf);
    const plan = planQuery(state.q);
    const byDate = Object.keys(pagefindSort(state)).length > 0;
    const all = await searchOnce(pf, state, plan, false);
    let hits = all.results.map(cached);
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
    if (!byDate && plan.terms.length > 0) hits = await reorderHead(hits, plan, exactIds);
    const counts = {} as SearchOutcome['counts'];
    for (const key of FACETS) counts[key] = { ...zero(all.totalFilters[key]), ...all.filters[key] };
    for (const key of withCounts ? activeFacets(state) : []) {
      const without = await searchOnce(pf, state, plan, false, key);
      counts[key] = { ...zero(without.totalFilters[key]), ...without.filters[key] };
    }
    return { state, plan, hits, counts };
  });
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

function zero(values: Record<string, number> | undefined): Record<string, number> {
  return Object.fromEntries(Object.keys(values ?? {}).map((k) => [k, 0]));
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
