import { describe, expect, test } from 'vitest';
import { facetOptions } from '../../../src/lib/search/facet-options.ts';

describe('facetOptions', () => {
  test('lists values that give results, in Vietnamese order with numbers in number order', () => {
    const counts = { 'Tổ dân phố số 10': 1, 'Tổ dân phố số 2': 3, 'Tổ dân phố số 3': 0 };
    expect(facetOptions('to', counts, [])).toEqual([
      { value: 'Tổ dân phố số 2', count: 3, checked: false },
      { value: 'Tổ dân phố số 10', count: 1, checked: false },
    ]);
  });

  test('keeps a chosen value even when it gives nothing', () => {
    expect(facetOptions('to', { A: 0 }, ['A'])).toEqual([{ value: 'A', count: 0, checked: true }]);
  });

  test('lists years newest first', () => {
    expect(facetOptions('nam', { '2023': 1, '2025': 2, '2024': 1 }, []).map((o) => o.value)).toEqual([
      '2025',
      '2024',
      '2023',
    ]);
  });

  test('sorts letters with marks where Vietnamese puts them', () => {
    expect(facetOptions('co-quan', { 'Ủy ban': 1, 'Chính phủ': 1, 'Quốc hội': 1 }, []).map((o) => o.value)).toEqual([
      'Chính phủ',
      'Quốc hội',
      'Ủy ban',
    ]);
  });
});

describe('facetOptions with values always offered', () => {
  test('lists them with an unknown count until their count is known', () => {
    expect(facetOptions('chuyen-muc', { 'Văn bản': 2 }, [], ['Kịch bản phát thanh'])).toEqual([
      { value: 'Kịch bản phát thanh', count: undefined, checked: false },
      { value: 'Văn bản', count: 2, checked: false },
    ]);
    expect(facetOptions('chuyen-muc', { 'Kịch bản phát thanh': 0 }, [], ['Kịch bản phát thanh'])).toEqual([
      { value: 'Kịch bản phát thanh', count: 0, checked: false },
    ]);
  });
});
