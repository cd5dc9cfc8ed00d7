import { describe, test, expect } from 'vitest';
import { nameOf } from '../../../src/lib/site/names.ts';

describe('nameOf', () => {
  const groups = [{ id: 'tdp-1', name: 'Tổ dân phố số 1' }];
  test('finds the name of an id', () => {
    expect(nameOf(groups, 'tdp-1')).toBe('Tổ dân phố số 1');
  });
  test('falls back to the id', () => {
    expect(nameOf(groups, 'tdp-9')).toBe('tdp-9');
  });
});
