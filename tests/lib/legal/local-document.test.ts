import { describe, expect, test } from 'vitest';
import { isLocalDocument } from '../../../src/lib/legal/local-document.ts';

describe('isLocalDocument', () => {
  test('a People’s Committee or Council document is local, by its symbol or by its issuer', () => {
    expect(isLocalDocument({ number: '08/KH-UBND', issuer: 'Ủy ban nhân dân phường Phùng Chí Kiên' })).toBe(true);
    expect(isLocalDocument({ number: '11/2024/QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh Hưng Yên' })).toBe(true);
    expect(isLocalDocument({ number: '15/2025/NQ-HĐND', issuer: 'Hội đồng nhân dân tỉnh Lai Châu' })).toBe(true);
    expect(isLocalDocument({ number: '25/QĐ', issuer: 'Chủ tịch UBND xã Tân Phong' })).toBe(true);
    expect(isLocalDocument({ number: '25/TB', issuer: 'Uy ban nhan dan xa Tan Phong' })).toBe(true);
  });

  test('a body of a province or a ward other than its committee is local too', () => {
    expect(isLocalDocument({ number: '12/HD-SNV', issuer: 'Sở Nội vụ tỉnh Hưng Yên' })).toBe(true);
    expect(isLocalDocument({ number: '03/HD-HĐTĐKT', issuer: 'Hội đồng Thi đua – Khen thưởng phường Tân Phong' })).toBe(
      true,
    );
    expect(isLocalDocument({ number: '07/TB', issuer: 'Ban Thi đua – Khen thưởng thành phố Hà Nội' })).toBe(true);
  });

  test('laws, decrees and ministries’ documents are national', () => {
    expect(isLocalDocument({ number: '06/2022/QH15', issuer: 'Quốc hội khóa XV' })).toBe(false);
    expect(isLocalDocument({ number: '98/2023/NĐ-CP', issuer: 'Chính phủ' })).toBe(false);
    expect(isLocalDocument({ number: '12/2024/TT-BNV', issuer: 'Bộ Nội vụ' })).toBe(false);
    expect(isLocalDocument({ number: '08/2024/TT-BLĐTBXH', issuer: 'Bộ Lao động – Thương binh và Xã hội' })).toBe(
      false,
    );
    expect(isLocalDocument({ number: '05/HD-BTĐKT', issuer: 'Ban Thi đua – Khen thưởng Trung ương' })).toBe(false);
    // A national body whose name merely contains the words is not a local committee.
    expect(isLocalDocument({ number: '01/2024/NQ-UBTVQH15', issuer: 'Ủy ban Thường vụ Quốc hội' })).toBe(false);
  });
});
