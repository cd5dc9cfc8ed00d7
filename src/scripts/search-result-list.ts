/**
 * The result list of /tim-kiem/ (used by ./search-page.ts). Each result shown costs its
 * page's data (a request), so a search first shows the results whose pages were loaded to
 * order them (HEAD); the rest of the first page follow when the end of the list comes into
 * view, the next ones with the "more" button, one batch at a time. A newer search makes every
 * step of an older one a no-op: each search holds a ticket, and only the latest one counts.
 */
import type { SearchPageStrings } from '../i18n/client-strings.ts';
import { elementsFrom } from './html.ts';
import { HEAD, viewOf, type SearchOutcome } from './search-engine.ts';
import { moreLoadedText, resultHtml } from './search-results.ts';

/** Results listed before the "more" button; the first HEAD are shown at once. */
export const PAGE_SIZE = 10;

export interface ResultListElements {
  list: HTMLElement;
  more: HTMLButtonElement;
  status: HTMLElement;
}

export interface ResultList {
  /** Starts a new search and returns its ticket: steps of older searches stop. */
  begin(): number;
  /** True while `ticket` belongs to the latest search. */
  isCurrent(ticket: number): boolean;
  /** The latest search's ticket. */
  ticket(): number;
  /** The outcome on screen, if any. */
  outcome(): SearchOutcome | undefined;
  /** No search: the list and the "more" button go. */
  clear(): void;
  /** Shows the first results of `result`; false when a newer search came meanwhile. */
  showFirst(result: SearchOutcome, ticket: number): Promise<boolean>;
  /** The "more" button: the next page, with the focus on its first result. */
  showNextPage(): void;
}

/** Runs `task` once the browser has painted what the page shows now. */
export function afterPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

export function resultList({ list, more, status }: ResultListElements, strings: SearchPageStrings): ResultList {
  let outcome: SearchOutcome | undefined;
  let shown = 0;
  let ticket = 0;
  let adding: Promise<void> = Promise.resolve();

  async function append(result: SearchOutcome, my: number, count: number, focusFirst: boolean): Promise<void> {
    if (my !== ticket || count <= 0) return;
    const views = await Promise.all(result.hits.slice(shown, shown + count).map((hit) => viewOf(hit, result.plan)));
    if (my !== ticket) return;
    const items = elementsFrom(views.map((view) => resultHtml(view, strings)).join(''));
    list.append(...items);
    shown += items.length;
    more.hidden = shown >= result.hits.length;
    if (focusFirst) {
      items[0]?.querySelector('a')?.focus();
      status.textContent = moreLoadedText(strings, shown, result.hits.length);
    }
  }

  /** Adds up to `count()` results after the last batch. */
  function add(result: SearchOutcome, my: number, count: () => number, focusFirst: boolean): void {
    adding = adding.then(() => append(result, my, count(), focusFirst)).catch(() => undefined);
  }

  /** Fills the first page when the end of the list comes into view (at once without IntersectionObserver). */
  const endOfList =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          (entries) => {
            if (!outcome || !entries.some((e) => e.isIntersecting)) return;
            endOfList?.disconnect();
            add(outcome, ticket, () => PAGE_SIZE - shown, false);
          },
          { rootMargin: '0px 0px 200px 0px' },
        )
      : undefined;

  function watchEndOfList(result: SearchOutcome, my: number): void {
    endOfList?.disconnect();
    if (shown >= Math.min(PAGE_SIZE, result.hits.length)) return;
    if (endOfList && list.lastElementChild) endOfList.observe(list.lastElementChild);
    else afterPaint(() => add(result, my, () => PAGE_SIZE - shown, false));
  }

  return {
    begin() {
      endOfList?.disconnect();
      return ++ticket;
    },
    isCurrent: (my) => my === ticket,
    ticket: () => ticket,
    outcome: () => outcome,
    clear() {
      outcome = undefined;
      list.replaceChildren();
      more.hidden = true;
    },
    async showFirst(result, my) {
      outcome = result;
      shown = 0;
      const first = await Promise.all(result.hits.slice(0, HEAD).map((hit) => viewOf(hit, result.plan)));
      if (my !== ticket) return false;
      list.replaceChildren(...elementsFrom(first.map((view) => resultHtml(view, strings)).join('')));
      shown = first.length;
      more.hidden = shown >= result.hits.length;
      watchEndOfList(result, my);
      return true;
    },
    showNextPage() {
      if (outcome) add(outcome, ticket, () => PAGE_SIZE, true);
    },
  };
}
