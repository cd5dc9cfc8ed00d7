/**
 * What the search page (src/scripts/search-page.ts) writes for a search, as plain functions of
 * the data: the status line above the results, and each result as HTML (title link,
 * collection and date, excerpt, matching sections). Text is escaped; the excerpts are already
 * HTML (src/lib/search/excerpt.ts escapes the page text and adds only <mark>).
 */
import { fillIn } from '../i18n/client-fill.ts';
import type { SearchPageStrings } from '../i18n/client-strings.ts';
import { activeFacets, type SearchState } from '../lib/search/url-state.ts';
import type { ResultView } from '../lib/search/view.ts';
import { escapeHtml } from './html.ts';

/** The status line once a search has `count` results: query or filters only, with or without filters, none. */
export function statusText(strings: SearchPageStrings, state: SearchState, count: number): string {
  const filtered = activeFacets(state).length > 0;
  const values = { count, q: state.q };
  if (state.q === '') return fillIn(count > 0 ? strings.resultsOnlyFilters : strings.noResultsOnlyFilters, values);
  if (count === 0) return fillIn(filtered ? strings.noResultsFiltered : strings.noResults, values);
  return fillIn(filtered ? strings.resultsFiltered : strings.results, values);
}

/** The status line after "more": how many of the results are shown. */
export function moreLoadedText(strings: SearchPageStrings, shown: number, count: number): string {
  return fillIn(strings.moreLoaded, { shown, count });
}

/** One result as an <li class="search-result">, without whitespace between the elements. */
export function resultHtml(view: ResultView, strings: SearchPageStrings): string {
  const parts = [
    `<li class="search-result">`,
    `<h3 class="search-result__title"><a href="${escapeHtml(view.url)}">${escapeHtml(view.title)}</a></h3>`,
  ];
  const facts = [view.collection, view.date].filter((fact): fact is string => Boolean(fact));
  if (facts.length > 0) parts.push(`<p class="search-result__meta">${escapeHtml(facts.join(' · '))}</p>`);
  parts.push(`<p class="search-result__excerpt">${view.excerptHtml}</p>`);
  if (view.sections.length > 0) {
    const label = fillIn(strings.sections, { title: view.title });
    parts.push(`<ul class="search-result__sections" aria-label="${escapeHtml(label)}">`);
    for (const section of view.sections) {
      parts.push(
        `<li><a href="${escapeHtml(section.url)}">${escapeHtml(section.title)}</a>`,
        `<p class="search-result__excerpt">${section.excerptHtml}</p></li>`,
      );
    }
    parts.push('</ul>');
  }
  parts.push('</li>');
  return parts.join('');
}
