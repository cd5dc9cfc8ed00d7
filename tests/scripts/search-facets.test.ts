import { describe, expect, test } from 'vitest';
import { pickStrings, SEARCH_PAGE_STRINGS } from '../../src/i18n/client-strings.ts';
import { FACETS, type FacetKey } from '../../src/lib/search/facets.ts';
import { EMPTY_STATE } from '../../src/lib/search/url-state.ts';
import { facetGroups } from '../../src/scripts/search-facets.ts';

const strings = pickStrings(SEARCH_PAGE_STRINGS);
const RADIO = strings.radioCollection;

/** Counts with nothing in any facet but those given. */
function counts(some: Partial<Record<FacetKey, Record<string, number>>>): Record<FacetKey, Record<string, number>> {
  return Object.fromEntries(FACETS.map((key) => [key, some[key] ?? {}])) as Record<FacetKey, Record<string, number>>;
}

describe('facetGroups', () => {
  test('one group per facet in FACETS order, each with its legend', () => {
    const groups = facetGroups(EMPTY_STATE, counts({}), true, strings);
    expect(groups.map((g) => g.key)).toEqual([...FACETS]);
    expect(groups.find((g) => g.key === 'nam')?.legend).toBe('Năm');
    expect(groups.every((g) => g.rows.length === 0)).toBe(true);
  });

  test('labels carry the count; chosen values are ticked, and kept at 0', () => {
    const state = { ...EMPTY_STATE, filters: { nam: ['2023'] } };
    const nam = facetGroups(state, counts({ nam: { '2024': 3, '2023': 0 } }), true, strings).find(
      (g) => g.key === 'nam',
    );
    expect(nam?.rows).toEqual([
      { value: '2024', label: '2024 (3)', checked: false },
      { value: '2023', label: '2023 (0)', checked: true },
    ]);
  });

  test('until the radio scripts are loaded their collection is offered, without a count', () => {
    const groups = facetGroups(EMPTY_STATE, counts({ 'chuyen-muc': { 'Văn bản': 2 } }), false, strings);
    expect(groups.find((g) => g.key === 'chuyen-muc')?.rows).toEqual([
      { value: RADIO, label: RADIO, checked: false },
      { value: 'Văn bản', label: 'Văn bản (2)', checked: false },
    ]);
  });

  test('once they are loaded it is listed like any other value', () => {
    const groups = facetGroups(EMPTY_STATE, counts({ 'chuyen-muc': { 'Văn bản': 2 } }), true, strings);
    expect(groups.find((g) => g.key === 'chuyen-muc')?.rows.map((r) => r.value)).toEqual(['Văn bản']);
  });
});
