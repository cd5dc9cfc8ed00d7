/**
 * Recognises the image formats the site's sharp pipeline reads from a file's first bytes,
 * so a HEIC photo renamed to .jpg is refused with a clear message instead of failing deep
 * inside the image pipeline.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif' | 'svg';

/** The format of an image from its leading bytes; undefined when it is none the site reads. */
export function sniffImageFormat(head: Uint8Array): ImageFormat | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(8, 12))) return 'avif';
  const text = new TextDecoder().decode(head).trimStart();
  if (text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg'))) return 'svg';
  return undefined;
}

/** Reads the first bytes of `path` and sniffs its format. */
export function imageFormatOf(path: string): ImageFormat | undefined {
  const fd = openSync(path, 'r');
  try {
    const head = new Uint8Array(512);
    const read = readSync(fd, head, 0, head.length, 0);
    return sniffImageFormat(head.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}
