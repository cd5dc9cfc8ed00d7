/**
 * Results as you type under the header search box (src/components/SearchBox.astro): the first
 * five results and a link to all of them on /tim-kiem/. The form stays a plain GET form, so
 * Enter still opens the search page. Keys: Down arrow from the box goes to the results, Up and
 * Down move between them, Escape closes the list and returns to the box. Pagefind is loaded
 * when the box is first focused. On /tim-kiem/ the page's own script handles the box.
 */
import { fillIn, type FillArgs } from '../i18n/client-fill.ts';
import type { SearchSuggestStrings } from '../i18n/client-strings.ts';
import { tidy, stateToUrl, EMPTY_STATE } from '../lib/search/url-state.ts';
import { paths } from '../lib/site/paths.ts';
import { pagefind, runSearch, viewOf } from './search-engine.ts';

const SHOWN = 5;
const TYPING_DELAY_MS = 200;

function enhance(box: HTMLElement): void {
  const input = box.querySelector<HTMLInputElement>('input[name="q"]');
  const status = box.querySelector<HTMLElement>('[data-suggest-status]');
  const panel = box.querySelector<HTMLElement>('[data-suggest-panel]');
  const list = panel?.querySelector('ul');
  const all = panel?.querySelector<HTMLAnchorElement>('.search-suggest__all');
  if (!input || !status || !panel || !list || !all) return;
  /** A string the box carries (SEARCH_SUGGEST_STRINGS), filled; '' when the box lacks it. */
  const text = <K extends keyof SearchSuggestStrings>(key: K, ...values: FillArgs<SearchSuggestStrings[K]>) =>
    fillIn((box.dataset[key] ?? '') as SearchSuggestStrings[K], ...values);
  let typing: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;

  const close = () => {
    seq += 1;
    panel.hidden = true;
  };
  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a')];

  async function suggest(q: string): Promise<void> {
    const my = ++seq;
    try {
      const outcome = await runSearch({ ...EMPTY_STATE, q }, false);
      const views = await Promise.all(outcome.hits.slice(0, SHOWN).map((hit) => viewOf(hit, outcome.plan, true)));
      if (my !== seq) return;
      list!.replaceChildren(
        ...views.map((view) => {
          const li = document.createElement('li');
          const link = document.createElement('a');
          link.href = view.url;
          link.textContent = view.title;
          li.append(link);
          if (view.collection) {
            const meta = document.createElement('span');
            meta.className = 'search-suggest__meta';
            meta.textContent = [view.collection, view.date].filter(Boolean).join(' · ');
            li.append(' ', meta);
          }
          return li;
        }),
      );
      all!.href = stateToUrl(paths.search, { ...EMPTY_STATE, q });
      all!.textContent = text('all', { count: outcome.hits.length });
      all!.hidden = outcome.hits.length === 0;
      list!.hidden = views.length === 0;
      panel!.hidden = false;
      status!.textContent =
        outcome.hits.length > 0 ? text('status', { count: outcome.hits.length, q }) : text('none', { q });
      if (outcome.hits.length === 0) panel!.hidden = true;
    } catch {
      if (my === seq) status!.textContent = text('error');
    }
  }

  input.addEventListener('focus', () => void pagefind().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    const q = tidy(input.value);
    if (q.length < 2) {
      close();
      status.textContent = '';
      return;
    }
    typing = setTimeout(() => void suggest(q), TYPING_DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !panel.hidden) {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      close();
    }
  });
  panel.addEventListener('keydown', (event) => {
    const items = links();
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else items[Math.min(next, items.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
      input.focus();
    }
  });
  box.addEventListener('focusout', (event) => {
    const to = event.relatedTarget;
    if (!(to instanceof Node) || !box.contains(to)) close();
  });
}

export function initSearchSuggest(): void {
  if (document.getElementById('search-app')) return;
  for (const box of document.querySelectorAll<HTMLElement>('[data-suggest]')) enhance(box);
}
