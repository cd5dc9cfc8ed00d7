/**
 * Progressive enhancement for /tim-kiem/: fills the search boxes from ?q= and lists
 * results from the Pagefind index the build writes to /pagefind/. Messages come from
 * data-* attributes on #search-app, so every string stays in src/i18n/strings.ts.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search: (query: string) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] }>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
const MAX_RESULTS = 30;

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  // Pagefind escapes the page text and only adds <mark> around matches.
  excerpt.innerHTML = data.excerpt;
  li.append(heading, excerpt);
  return li;
}

export async function runSearchPage(): Promise<void> {
  const app = document.getElementById('search-app');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  if (!app || !status || !list) return;
  const query = (new URLSearchParams(window.location.search).get('q') ?? '').trim();
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="q"]')) input.value = query;
  if (query === '') return;

  status.textContent = app.dataset['loading'] ?? '';
  try {
    const url = PAGEFIND_URL;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    const search = await pagefind.search(query);
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list.replaceChildren(...results.map(resultItem));
    const template = results.length > 0 ? app.dataset['results'] : app.dataset['none'];
    status.textContent = fill(template ?? '', { count: search.results.length, q: query });
  } catch {
    status.textContent = app.dataset['error'] ?? '';
  }
}
