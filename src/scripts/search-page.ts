/**
 * Progressive enhancement for /tim-kiem/ (src/pages/tim-kiem/index.astro): reads the search
 * from the address, runs it (src/scripts/search-engine.ts), lists the results with their
 * matching sections, fills the filters with counts, and searches as you type. Every change
 * is written to the address bar (typing replaces the entry it started, a filter adds one),
 * so a search can be shared and Back goes to the previous search. Messages come from the
 * page's data-strings, so every string stays in src/i18n/strings.ts.
 *
 * Each result shown costs its page's data (a request), so a first search shows the results
 * whose pages were loaded to order them (HEAD); the rest of the first ten follow when the end
 * of the list comes into view, the next ones with the "more" button. The filters' counts are
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
import { elementsFrom } from './html.ts';
import { facetCounts, hasRadio, HEAD, runSearch, useIndex, viewOf, type SearchOutcome } from './search-engine.ts';
import { facetGroups, renderFacets } from './search-facets.ts';
import { moreLoadedText, resultHtml, statusText } from './search-results.ts';

/** Results listed before the "more" button; the first HEAD are shown at once. */
const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;
const WIDE = '(min-width: 50em)';

/** Runs `task` once the browser has painted what the page shows now. */
function afterPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

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
  let outcome: SearchOutcome | undefined;
  let shown = 0;
  let seq = 0;
  let typing: ReturnType<typeof setTimeout> | undefined;
  /** True while the address bar entry was made by typing: further typing replaces it. */
  let typingEntry = false;
  let checkboxIds = 0;
  /** Results being added (the end of the list came into view, or "more"): one batch at a time. */
  let adding: Promise<void> = Promise.resolve();

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
  async function showCounts(state: SearchState, my: number): Promise<void> {
    if (!panel!.open) return;
    try {
      const counts = await facetCounts(state);
      if (my === seq) showFacets(state, counts);
    } catch {
      // The results are on screen; the filters stay as they were.
    }
  }

  async function showMore(result: SearchOutcome, my: number, count: number, focusFirst: boolean): Promise<void> {
    if (my !== seq || count <= 0) return;
    const next = result.hits.slice(shown, shown + count);
    const views = await Promise.all(next.map((hit) => viewOf(hit, result.plan)));
    if (my !== seq) return;
    const items = elementsFrom(views.map((view) => resultHtml(view, strings)).join(''));
    list!.append(...items);
    shown += items.length;
    more!.hidden = shown >= result.hits.length;
    if (focusFirst) {
      items[0]?.querySelector('a')?.focus();
      status!.textContent = moreLoadedText(strings, shown, result.hits.length);
    }
  }

  /** Adds up to `count` results after the last batch (see showMore). */
  function addResults(result: SearchOutcome, my: number, count: () => number, focusFirst: boolean): void {
    adding = adding.then(() => showMore(result, my, count(), focusFirst)).catch(() => undefined);
  }

  /** Fills the first page when the end of the list comes into view (at once without IntersectionObserver). */
  const endOfList =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          (entries) => {
            if (!outcome || !entries.some((e) => e.isIntersecting)) return;
            endOfList?.disconnect();
            addResults(outcome, seq, () => PAGE_SIZE - shown, false);
          },
          { rootMargin: '0px 0px 200px 0px' },
        )
      : undefined;

  function watchEndOfList(result: SearchOutcome, my: number): void {
    endOfList?.disconnect();
    if (shown >= Math.min(PAGE_SIZE, result.hits.length)) return;
    if (endOfList && list!.lastElementChild) endOfList.observe(list!.lastElementChild);
    else afterPaint(() => addResults(result, my, () => PAGE_SIZE - shown, false));
  }

  async function run(state: SearchState): Promise<void> {
    const my = ++seq;
    endOfList?.disconnect();
    if (!hasCriteria(state)) {
      outcome = undefined;
      list!.replaceChildren();
      status!.textContent = '';
      more!.hidden = true;
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
      if (my !== seq) return;
      outcome = result;
      shown = 0;
      const first = await Promise.all(result.hits.slice(0, HEAD).map((hit) => viewOf(hit, result.plan)));
      if (my !== seq) return;
      list!.replaceChildren(...elementsFrom(first.map((view) => resultHtml(view, strings)).join('')));
      shown = first.length;
      more!.hidden = shown >= result.hits.length;
      status!.textContent = statusText(strings, state, result.hits.length);
      // For the benchmark (bench/search.ts): when the results of a search were on screen.
      performance.mark('gs:search-results', { detail: state.q });
      watchEndOfList(result, my);
      afterPaint(() => void showCounts(state, my));
    } catch {
      if (my === seq) status!.textContent = strings.error;
    } finally {
      if (my === seq) list!.removeAttribute('aria-busy');
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

  more.addEventListener('click', () => {
    if (outcome) addResults(outcome, seq, () => PAGE_SIZE, true);
  });

  window.addEventListener('popstate', () => {
    clearTimeout(typing);
    typingEntry = false;
    current = stateFromParams(new URLSearchParams(window.location.search));
    showState(current);
    void run(current);
  });

  panel.addEventListener('toggle', () => {
    if (panel.open && outcome) void showCounts(current, seq);
  });
  panel.open = window.matchMedia(WIDE).matches;
  showState(current);
  void run(current);
}
