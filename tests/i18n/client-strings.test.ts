import { describe, expect, test } from 'vitest';
import {
  dataStrings,
  DOCUMENT_LOOKUP_STRINGS,
  pickStrings,
  SEARCH_PAGE_STRINGS,
  SEARCH_SUGGEST_STRINGS,
  type StringSet,
} from '../../src/i18n/client-strings.ts';
import { strings, type StringKey } from '../../src/i18n/strings.ts';
import { FACETS } from '../../src/lib/search/facets.ts';

/** Every key a set names, nested sets included. */
function keysOf(set: StringSet): StringKey[] {
  return Object.values(set).flatMap((key) => (typeof key === 'string' ? [key] : keysOf(key)));
}

describe('pickStrings', () => {
  test('gives each name its template with the placeholders unfilled, nested sets as objects', () => {
    expect(pickStrings({ a: 'search.option', inner: { b: 'search.title' } })).toEqual({
      a: '{label} ({count})',
      inner: { b: 'Tìm kiếm' },
    });
  });

  test('keeps the order of the set, so the serialised page does not change from build to build', () => {
    const picked = pickStrings(SEARCH_PAGE_STRINGS);
    expect(Object.keys(picked)).toEqual(Object.keys(SEARCH_PAGE_STRINGS));
    expect(Object.keys(picked.facets)).toEqual([...FACETS]);
  });

  test('the search page gets a legend for every facet', () => {
    const { facets } = pickStrings(SEARCH_PAGE_STRINGS);
    for (const key of FACETS) expect(facets[key]).toBe(strings[`search.facet.${key}`]);
  });
});

describe('dataStrings', () => {
  test('names each attribute as element.dataset reads it back (searchAll → data-search-all)', () => {
    expect(dataStrings(DOCUMENT_LOOKUP_STRINGS)).toEqual({
      'data-found': strings['documents.lookup.found'],
      'data-none': strings['documents.lookup.none'],
      'data-search-all': strings['documents.lookup.searchAll'],
      'data-no-anchor': strings['documents.lookup.noAnchor'],
      'data-opening': strings['documents.lookup.opening'],
    });
  });
});

describe('the sets', () => {
  test.each([
    ['search page', SEARCH_PAGE_STRINGS],
    ['document lookup', DOCUMENT_LOOKUP_STRINGS],
    ['search suggest', SEARCH_SUGGEST_STRINGS],
  ] as const)('the %s set names only keys that exist', (_, set) => {
    for (const key of keysOf(set)) expect(strings).toHaveProperty([key]);
  });
});
