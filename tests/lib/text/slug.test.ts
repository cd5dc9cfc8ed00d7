import { describe, expect, test } from 'vitest';
import { slugify } from '../../../src/lib/text/slug.ts';

describe('slugify', () => {
  test('makes ASCII slugs from Vietnamese text', () => {
    expect(slugify('Tổ dân phố Đoàn Kết')).toBe('to-dan-pho-doan-ket');
  });

  test('maps đ to d', () => {
    expect(slugify('Phong trào thi đua')).toBe('phong-trao-thi-dua');
  });

  test('turns slashes and punctuation into single hyphens', () => {
    expect(slugify('98/2023/NĐ-CP')).toBe('98-2023-nd-cp');
    expect(slugify('  Gương sáng — việc tốt!  ')).toBe('guong-sang-viec-tot');
  });

  test('returns an empty string when nothing is left', () => {
    expect(slugify('—!?')).toBe('');
  });
});
