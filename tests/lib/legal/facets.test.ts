import { describe, expect, test } from 'vitest';
import { documentFacets, facetLabelKey, facetValues } from '../../../src/lib/legal/facets.ts';

const docs = [
  { id: 'a', type: 'nghi-dinh', issuer: 'Chính phủ', issued: '2025-06-14', validity: 'con-hieu-luc' },
  { id: 'b', type: 'ke-hoach', issuer: 'Ủy ban nhân dân phường A', issued: '2025-01-13', validity: 'con-hieu-luc' },
  { id: 'c', type: 'nghi-dinh', issuer: 'Chính phủ', issued: '2023-12-31', validity: 'het-hieu-luc-mot-phan' },
  { id: 'd', type: 'luat', issuer: 'Quốc hội khóa XV', issued: '2022-06-15', validity: 'con-hieu-luc' },
] as const;

describe('facetValues', () => {
  test('groups types in the order of the schema options, with their documents', () => {
    expect(facetValues('loai', docs).map((v) => [v.value, v.ids])).toEqual([
      ['luat', ['d']],
      ['nghi-dinh', ['a', 'c']],
      ['ke-hoach', ['b']],
    ]);
  });
  test('slugs issuers for paths and sorts them by their Vietnamese names', () => {
    expect(facetValues('co-quan', docs).map((v) => [v.value, v.label, v.ids.length])).toEqual([
      ['chinh-phu', 'Chính phủ', 2],
      ['quoc-hoi-khoa-xv', 'Quốc hội khóa XV', 1],
      ['uy-ban-nhan-dan-phuong-a', 'Ủy ban nhân dân phường A', 1],
    ]);
  });
  test('lists years newest first', () => {
    expect(facetValues('nam', docs).map((v) => v.value)).toEqual(['2025', '2023', '2022']);
  });
  test('lists every validity status, even those with no document', () => {
    expect(facetValues('hieu-luc', docs).map((v) => [v.value, v.ids.length])).toEqual([
      ['chua-co-hieu-luc', 0],
      ['con-hieu-luc', 3],
      ['het-hieu-luc-mot-phan', 1],
      ['het-hieu-luc', 0],
    ]);
  });
});

describe('documentFacets', () => {
  test('gives all four facets', () => {
    expect(Object.keys(documentFacets(docs))).toEqual(['loai', 'co-quan', 'nam', 'hieu-luc']);
    expect(documentFacets([]).loai).toEqual([]);
  });
});

describe('facetLabelKey', () => {
  test('names the option label of types and statuses, none for issuers and years', () => {
    expect(facetLabelKey({ facet: 'loai', value: 'nghi-dinh' })).toBe('option.documentType.nghi-dinh');
    expect(facetLabelKey({ facet: 'hieu-luc', value: 'het-hieu-luc-mot-phan' })).toBe(
      'option.validity.het-hieu-luc-mot-phan',
    );
    expect(facetLabelKey({ facet: 'co-quan', value: 'chinh-phu' })).toBeUndefined();
    expect(facetLabelKey({ facet: 'nam', value: '2025' })).toBeUndefined();
  });
});
