import { foldViLower } from './fold-vi.ts';

/**
 * Turns any Vietnamese text into an ASCII slug for paths and anchors:
 * "Tổ dân phố Đoàn Kết" → "to-dan-pho-doan-ket". Never returns an empty string for
 * text that has letters or digits; returns "" for text that has none.
 */
export function slugify(text: string): string {
  return foldViLower(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
