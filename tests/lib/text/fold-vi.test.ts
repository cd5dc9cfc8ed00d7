import { describe, expect, test } from 'vitest';
import { foldVi, foldViLower, toNfc } from '../../../src/lib/text/fold-vi.ts';

describe('foldVi', () => {
  test('strips tone and vowel marks', () => {
    expect(foldVi('người tốt, việc tốt')).toBe('nguoi tot, viec tot');
  });

  test('maps đ to d', () => {
    expect(foldVi('thi đua')).toBe('thi dua');
  });

  test('maps Đ to D and keeps case', () => {
    expect(foldVi('Đặng Thị Minh Trang')).toBe('Dang Thi Minh Trang');
  });

  test('folds decomposed (NFD) input the same as composed input', () => {
    const decomposed = 'Phùng Chí Kiên'.normalize('NFD');
    expect(foldVi(decomposed)).toBe('Phung Chi Kien');
  });

  test('leaves ASCII untouched', () => {
    expect(foldVi('98/2023/ND-CP')).toBe('98/2023/ND-CP');
  });
});

describe('foldViLower', () => {
  test('folds and lower-cases', () => {
    expect(foldViLower('Hội đồng Thi đua – Khen thưởng')).toBe('hoi dong thi dua – khen thuong');
  });
});

describe('toNfc', () => {
  test('composes combining marks', () => {
    const nfd = 'Gương Sáng'.normalize('NFD');
    expect(nfd).not.toBe('Gương Sáng');
    expect(toNfc(nfd)).toBe('Gương Sáng');
  });
});
