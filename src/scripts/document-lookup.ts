/**
 * Progressive enhancement of the quick lookup on /van-ban/: what is typed is matched against
 * the numbers, types and anchors in /van-ban/tra-cuu.json (src/lib/legal/lookup.ts). One
 * clear match opens the document at the article asked for; several are listed; none offers
 * the site search. Without JavaScript the form is a plain search form. Also used by the search
 * page to put a document whose number was typed above the full-text results.
 */
import { fillIn, type FillArgs } from '../i18n/client-fill.ts';
import type { DocumentLookupStrings } from '../i18n/client-strings.ts';
import { lookupDocuments, type LookupEntry, type LookupMatch } from '../lib/legal/lookup.ts';
import { paths } from '../lib/site/paths.ts';

let data: Promise<LookupEntry[]> | undefined;

/** The lookup data, fetched once. */
export function lookupData(): Promise<LookupEntry[]> {
  data ??= fetch(paths.documentLookupData).then((r) => {
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return r.json() as Promise<LookupEntry[]>;
  });
  return data;
}

/** Where a match leads: the unit asked for when the document has it, else the document. */
export function matchUrl(match: LookupMatch): string {
  return match.anchor && match.anchorFound
    ? paths.documentUnit(match.entry.id, match.anchor)
    : paths.document(match.entry.id);
}

/** True when the first match clearly answers the query (alone, or scored above the rest). */
export function isClear(matches: readonly LookupMatch[]): boolean {
  const [first, second] = matches;
  return first !== undefined && (second === undefined || first.score > second.score);
}

/** A list item linking to a match, with a note when the article asked for is not on the page. */
export function matchItem(match: LookupMatch, noAnchor: string): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = matchUrl(match);
  link.textContent = `${match.entry.number}: ${match.entry.title}`;
  li.append(link);
  if (match.anchor && !match.anchorFound) li.append(` ${noAnchor}`);
  return li;
}

export function enhanceLookup(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-lookup]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.getElementById('lookup-status');
  const list = document.getElementById('lookup-results');
  if (!form || !input || !status || !list) return;
  /** A string the form carries (DOCUMENT_LOOKUP_STRINGS), filled; '' when the form lacks it. */
  const text = <K extends keyof DocumentLookupStrings>(key: K, ...values: FillArgs<DocumentLookupStrings[K]>) =>
    fillIn((form.dataset[key] ?? '') as DocumentLookupStrings[K], ...values);

  const show = (query: string, matches: LookupMatch[]) => {
    list.replaceChildren(...matches.map((m) => matchItem(m, text('noAnchor'))));
    if (matches.length > 0) {
      status.textContent = text('found', { count: matches.length });
      return;
    }
    status.textContent = text('none', { q: query });
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = `${paths.search}?q=${encodeURIComponent(query)}`;
    link.textContent = text('searchAll', { q: query });
    li.append(link);
    list.replaceChildren(li);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    const query = input.value.trim();
    if (query.length < 2) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    typing = setTimeout(async () => {
      const matches = lookupDocuments(query, await lookupData());
      if (matches.length > 0) show(query, matches);
      else list.replaceChildren();
    }, 250);
  });

  form.addEventListener('submit', async (event) => {
    const query = input.value.trim();
    event.preventDefault();
    if (query === '') return;
    clearTimeout(typing);
    let matches: LookupMatch[];
    try {
      matches = lookupDocuments(query, await lookupData());
    } catch {
      form.submit();
      return;
    }
    const [first] = matches;
    if (first && isClear(matches)) {
      status.textContent = text('opening', { number: first.entry.number });
      window.location.assign(matchUrl(first));
      return;
    }
    show(query, matches);
  });
}

/**
 * On the search page: when what was typed is a document number or an article ("nd 98",
 * "dieu 80 khoan 3"), the matching documents are shown above the full-text results, linked
 * straight to the article. Fills #search-best (its data-title is the heading).
 */
export async function showDocumentBestBets(query: string): Promise<void> {
  const box = document.getElementById('search-best');
  if (!box || query.trim() === '') return;
  let matches: LookupMatch[];
  try {
    matches = lookupDocuments(query, await lookupData());
  } catch {
    return;
  }
  if (matches.length === 0) return;
  const heading = document.createElement('h2');
  heading.textContent = box.dataset['title'] ?? '';
  const list = document.createElement('ul');
  list.className = 'link-list';
  list.append(...matches.slice(0, 5).map((m) => matchItem(m, box.dataset['noAnchor'] ?? '')));
  box.replaceChildren(heading, list);
  box.hidden = false;
}
