import { describe, test, expect } from 'vitest';
import { documentValidity, effectiveFrom, terminatingIds } from '../../../src/lib/legal/validity.ts';

const law = { issued: '2022-06-15', effective: '2024-01-01' };

describe('documentValidity', () => {
  test('is not yet in force before the effective date', () => {
    expect(documentValidity(law, '2023-12-31')).toBe('chua-co-hieu-luc');
  });
  test('is in force from the effective date', () => {
    expect(documentValidity(law, '2024-01-01')).toBe('con-hieu-luc');
  });
  test('uses the issue date when there is no effective date', () => {
    expect(documentValidity({ issued: '2025-01-13' }, '2025-01-12')).toBe('chua-co-hieu-luc');
    expect(documentValidity({ issued: '2025-01-13' }, '2025-01-13')).toBe('con-hieu-luc');
  });
  test('is no longer in force on and after the expiry date', () => {
    const doc = { ...law, expires: '2025-07-01' };
    expect(documentValidity(doc, '2025-06-30')).toBe('con-hieu-luc');
    expect(documentValidity(doc, '2025-07-01')).toBe('het-hieu-luc');
  });
  test('is no longer in force once a replacing document takes effect', () => {
    const replacer = { issued: '2025-06-14', effective: '2025-07-01' };
    expect(documentValidity(law, '2025-06-30', [replacer])).toBe('con-hieu-luc');
    expect(documentValidity(law, '2025-07-01', [replacer])).toBe('het-hieu-luc');
  });
  test('a status set by hand wins', () => {
    expect(documentValidity({ ...law, status: 'het-hieu-luc-mot-phan' }, '2024-06-01')).toBe('het-hieu-luc-mot-phan');
    expect(documentValidity({ ...law, status: 'con-hieu-luc' }, '2020-01-01')).toBe('con-hieu-luc');
  });
});

describe('effectiveFrom', () => {
  test('prefers the effective date and falls back to the issue date', () => {
    expect(effectiveFrom(law)).toBe('2024-01-01');
    expect(effectiveFrom({ issued: '2025-01-13' })).toBe('2025-01-13');
  });
});

describe('terminatingIds', () => {
  test('lists the documents that replace or repeal, not those that guide or amend', () => {
    const incoming = [
      { kind: 'thay-the', otherId: 'a' },
      { kind: 'huong-dan', otherId: 'b' },
      { kind: 'bai-bo', otherId: 'c' },
      { kind: 'sua-doi-bo-sung', otherId: 'd' },
    ];
    expect(terminatingIds({ outgoing: [], incoming })).toEqual(['a', 'c']);
    expect(terminatingIds(undefined)).toEqual([]);
  });
});
