/**
 * Progressive enhancement for /tim-kiem/ (src/pages/tim-kiem/index.astro): reads the search
 * from the address, runs it (src/scripts/search-engine.ts), lists the results with their
 * matching sections, fills the filters with counts, and searches as you type. Every change
 * is written to the address bar (typing replaces the entry it started, a filter adds one),
 * so a search can be shared and Back goes to the previous search. Messages come from the
 * page's data-strings (typed once in src/i18n/client-strings.ts), so every string stays in
 * the dictionaries.
 *
 * The results are listed a few at a time by ./search-result-list.ts; the filters' counts are
 * loaded once the results are painted. What is written for a search comes from plain functions
 * of the data: the results and status line from ./search-results.ts, the filters from
 * ./search-facets.ts.
 */
import type { SearchPageStrings } from '../i18n/client-strings.ts';
import { FACETS, isFacetKey, type FacetKey } from '../lib/search/facets.ts';
import {
  activeFacets,
  hasCriteria,
  sameState,
  stateFromParams,
  stateToUrl,
  type SearchState,
} from '../lib/search/url-state.ts';
import { facetCounts, hasRadio, runSearch, useIndex } from './search-engine.ts';
import { facetGroups, renderFacets } from './search-facets.ts';
import { afterPaint, resultList } from './search-result-list.ts';
import { statusText } from './search-results.ts';

const TYPING_DELAY_MS = 250;
const WIDE = '(min-width: 50em)';

export function initSearchPage(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const app = document.getElementById('search-app');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more') as HTMLButtonElement | null;
  const panel = document.getElementById('search-filters') as HTMLDetailsElement | null;
  const facetsBox = document.getElementById('search-facets');
  const sort = document.getElementById('search-sort') as HTMLSelectElement | null;
  const clear = document.getElementById('search-clear') as HTMLButtonElement | null;
  if (!form || !input || !app || !status || !list || !more || !panel || !facetsBox || !sort || !clear) return;
  const strings = JSON.parse(app.dataset['strings'] ?? '{}') as SearchPageStrings;
  const early = document.querySelector<HTMLScriptElement>('script[data-search-worker]');
  useIndex(app.dataset['indexTag'], early?.dataset['files']?.split(' ').filter(Boolean));
  // The header's box on this page drives this search too.
  const headerInputs = [...document.querySelectorAll<HTMLInputElement>('.site-header input[name="q"]')];

  let current = stateFromParams(new URLSearchParams(window.location.search));
  const results = resultList({ list, more, status }, strings);
  let typing: ReturnType<typeof setTimeout> | undefined;
  /** True while the address bar entry was made by typing: further typing replaces it. */
  let typingEntry = false;
  let checkboxIds = 0;

  const fieldsFor = (key: FacetKey) =>
    [...facetsBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((box) => box.name === key);

  /** Puts a state into the controls (after Back, or on load). */
  function showState(state: SearchState): void {
    if (document.activeElement !== input) input!.value = state.q;
    for (const box of headerInputs) if (document.activeElement !== box) box.value = state.q;
    sort!.value = state.sort;
    for (const key of FACETS)
      for (const box of fieldsFor(key)) box.checked = state.filters[key]?.includes(box.value) ?? false;
  }

  /**
   * The state the controls describe, read like the GET form would send it. Until the filters
   * are drawn, the chosen filters are those of the current state.
   */
  function readControls(): SearchState {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form!)) if (typeof value === 'string') params.append(name, value);
    const state = stateFromParams(params);
    return facetsBox!.childElementCount === 0 ? { ...state, filters: current.filters } : state;
  }

  /** True when the state asks for radio scripts (or they are already loaded). */
  const wantsRadio = (state: SearchState) =>
    hasRadio() || (state.filters['chuyen-muc'] ?? []).includes(strings.radioCollection);

  function showFacets(state: SearchState, counts: Record<FacetKey, Record<string, number>>): void {
    renderFacets(facetsBox!, facetGroups(state, counts, hasRadio(), strings), () => `loc-${(checkboxIds += 1)}`);
    clear!.hidden = activeFacets(state).length === 0;
  }

  /** Fills the filters with counts, once the filter panel is open (on phones it starts folded). */
  async function showCounts(state: SearchState, ticket: number): Promise<void> {
    if (!panel!.open) return;
    try {
      const counts = await facetCounts(state);
      if (results.isCurrent(ticket)) showFacets(state, counts);
    } catch {
      // The results are on screen; the filters stay as they were.
    }
  }

  async function run(state: SearchState): Promise<void> {
    const ticket = results.begin();
    if (!hasCriteria(state)) {
      results.clear();
      status!.textContent = '';
      panel!.hidden = true;
      return;
    }
    performance.mark('gs:search-start', { detail: state.q });
    // Shown with the loading notice, before any result: nothing on screen moves when they come.
    panel!.hidden = false;
    if (list!.childElementCount === 0) status!.textContent = strings.loading;
    list!.setAttribute('aria-busy', 'true');
    try {
      const result = await runSearch(state, wantsRadio(state));
      if (!results.isCurrent(ticket) || !(await results.showFirst(result, ticket))) return;
      status!.textContent = statusText(strings, state, result.hits.length);
      // For the benchmark (bench/search.ts): when the results of a search were on screen.
      performance.mark('gs:search-results', { detail: state.q });
      afterPaint(() => void showCounts(state, ticket));
    } catch {
      if (results.isCurrent(ticket)) status!.textContent = strings.error;
    } finally {
      if (results.isCurrent(ticket)) list!.removeAttribute('aria-busy');
    }
  }

  /** Moves to a new state: into the address bar (a new entry, or replacing the current one), then searches. */
  function go(state: SearchState, entry: 'push' | 'replace'): void {
    if (sameState(state, current)) return;
    const url = stateToUrl(window.location.pathname, state);
    if (entry === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    current = state;
    void run(state);
  }

  function typed(value: string): void {
    clearTimeout(typing);
    typing = setTimeout(() => {
      const state = { ...readControls(), q: value };
      if (sameState(state, current)) return;
      go(state, typingEntry ? 'replace' : 'push');
      typingEntry = true;
    }, TYPING_DELAY_MS);
  }

  input.addEventListener('input', () => {
    for (const box of headerInputs) box.value = input.value;
    typed(input.value);
  });
  for (const box of headerInputs) {
    box.addEventListener('input', () => {
      input.value = box.value;
      typed(box.value);
    });
    box.form?.addEventListener('submit', (event) => {
      event.preventDefault();
      input.value = box.value;
      form.requestSubmit();
    });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    const state = readControls();
    go(state, typingEntry ? 'replace' : 'push');
    typingEntry = false;
  });

  /** A filter or the sort changed: a new entry, searched at once. */
  const changed = (event: Event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target !== sort && !(target instanceof HTMLInputElement && isFacetKey(target.name))) return;
    clearTimeout(typing);
    typingEntry = false;
    go(readControls(), 'push');
  };
  facetsBox.addEventListener('change', changed);
  sort.addEventListener('change', changed);

  clear.addEventListener('click', () => {
    for (const box of facetsBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
    typingEntry = false;
    go(readControls(), 'push');
    input.focus();
  });

  more.addEventListener('click', () => results.showNextPage());

  window.addEventListener('popstate', () => {
    clearTimeout(typing);
    typingEntry = false;
    current = stateFromParams(new URLSearchParams(window.location.search));
    showState(current);
    void run(current);
  });

  panel.addEventListener('toggle', () => {
    if (panel.open && results.outcome()) void showCounts(current, results.ticket());
  });
  panel.open = window.matchMedia(WIDE).matches;
  showState(current);
  void run(current);
}
