import { describe, expect, test } from 'vitest';
import { facetLabel } from '../../../src/i18n/wording/facets.ts';

describe('facetLabel', () => {
  test('reads types and statuses through their option labels, issuers and years as they are', () => {
    expect(facetLabel({ facet: 'loai', value: 'nghi-dinh', label: 'nghi-dinh' })).toBe('Nghị định');
    expect(facetLabel({ facet: 'hieu-luc', value: 'het-hieu-luc-mot-phan', label: '' })).toBe('Hết hiệu lực một phần');
    expect(facetLabel({ facet: 'co-quan', value: 'chinh-phu', label: 'Chính phủ' })).toBe('Chính phủ');
    expect(facetLabel({ facet: 'nam', value: '2025', label: '2025' })).toBe('2025');
  });
  test('a type without an option label reads as its value', () => {
    expect(facetLabel({ facet: 'loai', value: 'khac', label: 'khac' })).toBe('khac');
  });
});
