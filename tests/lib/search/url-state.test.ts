import { describe, expect, test } from 'vitest';
import {
  EMPTY_STATE,
  activeFacets,
  hasCriteria,
  pagefindFilters,
  sameState,
  sortsByDate,
  stateFromParams,
  stateToParams,
  stateToUrl,
  toggleFilter,
} from '../../../src/lib/search/url-state.ts';

const params = (query: string) => new URLSearchParams(query);

describe('stateFromParams', () => {
  test('reads the query, the filters and the sort', () => {
    expect(
      stateFromParams(params('q=thi+dua&chuyen-muc=V%C4%83n+b%E1%BA%A3n&nam=2025&nam=2024&sap-xep=moi-nhat')),
    ).toEqual({
      q: 'thi dua',
      filters: { 'chuyen-muc': ['Văn bản'], nam: ['2025', '2024'] },
      sort: 'moi-nhat',
    });
  });

  test('tidies the query and ignores unknown parameters, empty values and unknown sorts', () => {
    expect(stateFromParams(params('q=%20%20thi%20%20dua%20&foo=bar&to=&sap-xep=ngau-nhien'))).toEqual({
      q: 'thi dua',
      filters: {},
      sort: 'lien-quan',
    });
  });

  test('drops repeated values', () => {
    expect(stateFromParams(params('nam=2025&nam=2025')).filters).toEqual({ nam: ['2025'] });
  });
});

describe('stateToParams', () => {
  test('writes q first, facets in their order and leaves the default sort out', () => {
    const state = { q: 'thi đua', filters: { nam: ['2025'], 'chuyen-muc': ['Văn bản'] }, sort: 'lien-quan' as const };
    expect(stateToParams(state).toString()).toBe('q=thi+%C4%91ua&chuyen-muc=V%C4%83n+b%E1%BA%A3n&nam=2025');
  });

  test('round-trips through the address', () => {
    const state = { q: '98/2023', filters: { to: ['Tổ dân phố số 3'] }, sort: 'moi-nhat' as const };
    expect(stateFromParams(stateToParams(state))).toEqual(state);
  });
});

describe('stateToUrl', () => {
  test('gives the bare path for an empty search', () => {
    expect(stateToUrl('/tim-kiem/', EMPTY_STATE)).toBe('/tim-kiem/');
    expect(stateToUrl('/tim-kiem/', { ...EMPTY_STATE, q: 'nd 98' })).toBe('/tim-kiem/?q=nd+98');
  });
});

describe('sameState', () => {
  test('ignores the order filters were chosen in across facets', () => {
    const a = { q: 'x', filters: { nam: ['2025'], to: ['A'] }, sort: 'lien-quan' as const };
    const b = { q: 'x', filters: { to: ['A'], nam: ['2025'] }, sort: 'lien-quan' as const };
    expect(sameState(a, b)).toBe(true);
    expect(sameState(a, { ...a, q: 'y' })).toBe(false);
  });
});

describe('hasCriteria', () => {
  test('is true for words or a filter', () => {
    expect(hasCriteria(EMPTY_STATE)).toBe(false);
    expect(hasCriteria({ ...EMPTY_STATE, q: 'a' })).toBe(true);
    expect(hasCriteria({ ...EMPTY_STATE, filters: { nam: ['2025'] } })).toBe(true);
  });
});

describe('toggleFilter', () => {
  test('adds and removes a value, dropping a facet left empty', () => {
    const on = toggleFilter(EMPTY_STATE, 'nam', '2025', true);
    expect(on.filters).toEqual({ nam: ['2025'] });
    expect(toggleFilter(on, 'nam', '2025', false).filters).toEqual({});
    expect(activeFacets(on)).toEqual(['nam']);
  });
});

describe('pagefindFilters', () => {
  const state = {
    q: 'x',
    filters: { 'chuyen-muc': ['Văn bản', 'Gương sáng'], nam: ['2025'] },
    sort: 'lien-quan' as const,
  };

  test('asks for any value of a facet, every facet', () => {
    expect(pagefindFilters(state)).toEqual({
      'chuyen-muc': { any: ['Văn bản', 'Gương sáng'] },
      nam: { any: ['2025'] },
    });
  });

  test('leaves one facet out to count its values', () => {
    expect(pagefindFilters(state, 'nam')).toEqual({ 'chuyen-muc': { any: ['Văn bản', 'Gương sáng'] } });
  });
});

describe('sortsByDate', () => {
  test('sorts by date when asked, or when there are no words to rank by', () => {
    expect(sortsByDate({ ...EMPTY_STATE, q: 'x' })).toBe(false);
    expect(sortsByDate({ ...EMPTY_STATE, q: 'x', sort: 'moi-nhat' })).toBe(true);
    expect(sortsByDate({ ...EMPTY_STATE, filters: { nam: ['2025'] } })).toBe(true);
  });
});
