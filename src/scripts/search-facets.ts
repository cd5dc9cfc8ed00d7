/**
 * The search page's filters (src/scripts/search-page.ts): `facetGroups` says, from the counts,
 * which check boxes each facet shows with which label; `renderFacets` brings the filter box
 * in line with that, reusing the boxes already there so a focused box is neither moved nor
 * removed.
 */
import { fillIn } from '../i18n/client-fill.ts';
import type { SearchPageStrings } from '../i18n/client-strings.ts';
import { facetOptions } from '../lib/search/facet-options.ts';
import { FACETS, type FacetKey } from '../lib/search/facets.ts';
import type { SearchState } from '../lib/search/url-state.ts';

export interface FacetRow {
  value: string;
  /** "Năm 2024 (3)", or the value alone while its count is unknown. */
  label: string;
  checked: boolean;
}

export interface FacetGroup {
  key: FacetKey;
  legend: string;
  /** Empty when the facet has nothing to offer: its fieldset goes. */
  rows: FacetRow[];
}

/**
 * One group per facet, in FACETS order. Until the radio scripts are loaded, their collection
 * is always offered (without a count), since choosing it is what loads them.
 */
export function facetGroups(
  state: SearchState,
  counts: Readonly<Record<FacetKey, Readonly<Record<string, number>>>>,
  radioLoaded: boolean,
  strings: SearchPageStrings,
): FacetGroup[] {
  return FACETS.map((key) => {
    const always = key === 'chuyen-muc' && !radioLoaded ? [strings.radioCollection] : [];
    const rows = facetOptions(key, counts[key], state.filters[key] ?? [], always).map((option) => ({
      value: option.value,
      label:
        option.count === undefined
          ? option.value
          : fillIn(strings.option, { label: option.value, count: option.count }),
      checked: option.checked,
    }));
    return { key, legend: strings.facets[key], rows };
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A new check box row; its box belongs to the search form (form="search-form"). */
function newRow(key: FacetKey, value: string, id: string): HTMLDivElement {
  const row = element('div', 'search-facet__option');
  row.dataset['value'] = value;
  const box = element('input');
  box.type = 'checkbox';
  box.name = key;
  box.value = value;
  box.id = id;
  box.setAttribute('form', 'search-form');
  const label = element('label');
  label.htmlFor = box.id;
  row.append(box, label);
  return row;
}

/**
 * Makes `box` show `groups`: a fieldset per group with rows, in FACETS order. Rows and
 * fieldsets no longer wanted are removed unless they hold the focus; `newId` names new boxes.
 */
export function renderFacets(box: HTMLElement, groups: readonly FacetGroup[], newId: () => string): void {
  const focused = document.activeElement;
  for (const { key, legend, rows: wantedRows } of groups) {
    let fieldset = box.querySelector<HTMLFieldSetElement>(`fieldset[data-facet="${key}"]`);
    if (wantedRows.length === 0) {
      if (fieldset && !fieldset.contains(focused)) fieldset.remove();
      continue;
    }
    if (!fieldset) {
      fieldset = element('fieldset', 'search-facet');
      fieldset.dataset['facet'] = key;
      fieldset.append(element('legend', 'search-facet__legend', legend));
      const before = FACETS.slice(FACETS.indexOf(key) + 1)
        .map((k) => box.querySelector(`fieldset[data-facet="${k}"]`))
        .find((f) => f !== null);
      box.insertBefore(fieldset, before ?? null);
    }
    const rows = new Map(
      [...fieldset.querySelectorAll<HTMLDivElement>('.search-facet__option')].map((row) => [row.dataset['value'], row]),
    );
    const wanted = new Set(wantedRows.map((row) => row.value));
    for (const [value, row] of rows) if (!wanted.has(value ?? '') && !row.contains(focused)) row.remove();
    let previous: Element | null = fieldset.querySelector('legend');
    for (const wantedRow of wantedRows) {
      const row = rows.get(wantedRow.value) ?? newRow(key, wantedRow.value, newId());
      const input = row.querySelector('input');
      const label = row.querySelector('label');
      if (input) input.checked = wantedRow.checked;
      if (label) label.textContent = wantedRow.label;
      // Values keep their order from search to search, so a focused box is never moved.
      const expected: Element | null = previous ? previous.nextElementSibling : fieldset.firstElementChild;
      if (row !== expected) fieldset.insertBefore(row, expected);
      previous = row;
    }
  }
}
