import { describe, expect, test } from 'vitest';
import {
  committeeNameEn,
  committeeNameVi,
  placeholderAddressEn,
  placeholderAddressVi,
} from '../../../src/lib/content/ward-names.ts';

describe('ward names', () => {
  test('the committee name in both languages', () => {
    expect(committeeNameVi('xã Tân Phong')).toBe('Ủy ban nhân dân xã Tân Phong');
    expect(committeeNameEn('Tân Phong', 'Commune')).toBe("People's Committee of Tân Phong Commune");
  });
  test('the placeholder address in both languages, naming who updates it', () => {
    expect(placeholderAddressVi('xã Tân Phong', 'tỉnh Lai Châu', 'xã')).toBe(
      'Trụ sở Ủy ban nhân dân xã Tân Phong, tỉnh Lai Châu (địa chỉ ví dụ, xã cập nhật)',
    );
    expect(placeholderAddressEn('Tân Phong', 'Commune', 'Lai Chau Province')).toBe(
      "Office of the People's Committee of Tân Phong Commune, Lai Chau Province (example address, to be updated by the commune)",
    );
  });
});
