import { describe, test, expect } from 'vitest';
import {
  documentValidity,
  effectiveFrom,
  explainValidity,
  terminatingIds,
  terminatingLinks,
} from '../../../src/lib/legal/validity.ts';

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

describe('explainValidity', () => {
  const replacer = { id: 'r', kind: 'thay-the', issued: '2025-06-14', effective: '2025-07-01' };
  test('gives the reason with the day it applies from', () => {
    expect(explainValidity(law, '2023-06-01')).toEqual({
      validity: 'chua-co-hieu-luc',
      reason: { kind: 'not-yet', from: '2024-01-01' },
    });
    expect(explainValidity(law, '2024-06-01')).toEqual({
      validity: 'con-hieu-luc',
      reason: { kind: 'in-force', from: '2024-01-01' },
    });
    expect(explainValidity({ ...law, expires: '2025-01-01' }, '2025-02-01')).toEqual({
      validity: 'het-hieu-luc',
      reason: { kind: 'expired', on: '2025-01-01' },
    });
    expect(explainValidity({ ...law, status: 'het-hieu-luc' }, '2024-06-01').reason).toEqual({ kind: 'manual' });
  });
  test('is partly out of force once a document replacing part of it takes effect', () => {
    const partial = { ...replacer, partial: true };
    expect(explainValidity(law, '2025-06-30', [partial]).validity).toBe('con-hieu-luc');
    expect(explainValidity(law, '2025-07-01', [partial])).toEqual({
      validity: 'het-hieu-luc-mot-phan',
      reason: { kind: 'partly-terminated', on: '2025-07-01', by: partial },
    });
  });
  test('a whole replacement wins over a partial one', () => {
    const partial = { ...replacer, id: 'p', partial: true, effective: '2024-07-01' };
    expect(explainValidity(law, '2025-07-01', [partial, replacer])).toEqual({
      validity: 'het-hieu-luc',
      reason: { kind: 'terminated', on: '2025-07-01', by: replacer },
    });
  });
});

describe('terminatingLinks', () => {
  test('keeps the partial flag of replacing and repealing relations', () => {
    const incoming = [
      { kind: 'thay-the', otherId: 'a', partial: true },
      { kind: 'sua-doi-bo-sung', otherId: 'b' },
    ];
    expect(terminatingLinks({ outgoing: [], incoming })).toEqual([{ kind: 'thay-the', otherId: 'a', partial: true }]);
  });
});
