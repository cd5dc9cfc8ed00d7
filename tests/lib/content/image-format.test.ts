import { describe, expect, test } from 'vitest';
import { sniffImageFormat } from '../../../src/lib/content/image-format.ts';

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe('sniffImageFormat', () => {
  test('recognises JPEG', () => {
    expect(sniffImageFormat(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
  });

  test('recognises PNG', () => {
    expect(sniffImageFormat(bytes(0x89, 'PNG\r\n', 0x1a, '\n'))).toBe('png');
  });

  test('recognises WebP', () => {
    expect(sniffImageFormat(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toBe('webp');
  });

  test('recognises SVG text', () => {
    expect(sniffImageFormat(new TextEncoder().encode('  <svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg');
  });

  test('refuses HEIC, which sharp here cannot read', () => {
    expect(sniffImageFormat(bytes(0, 0, 0, 24, 'ftypheic'))).toBeUndefined();
  });

  test('refuses text that is not an image', () => {
    expect(sniffImageFormat(new TextEncoder().encode('hello'))).toBeUndefined();
  });
});
