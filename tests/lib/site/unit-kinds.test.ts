import { describe, expect, test } from 'vitest';
import { UNIT_KIND_EN, UNIT_KINDS, unitKindOf } from '../../../src/lib/site/unit-kinds.ts';

describe('unitKindOf', () => {
  test('accepts the three kinds in any case, spacing or Unicode form', () => {
    expect(unitKindOf('phường')).toBe('phường');
    expect(unitKindOf(' Xã ')).toBe('xã');
    expect(unitKindOf('ĐẶC   KHU')).toBe('đặc khu');
    expect(unitKindOf('phường'.normalize('NFD'))).toBe('phường');
  });

  test('refuses anything else, including the former district-level kinds', () => {
    for (const text of ['thị trấn', 'quận', 'huyện', 'phuong', '', 'xã phường'])
      expect(unitKindOf(text), text).toBeUndefined();
  });

  test('every kind has an English name', () => {
    expect(UNIT_KINDS.map((kind) => UNIT_KIND_EN[kind])).toEqual(['Ward', 'Commune', 'Special Zone']);
  });
});
