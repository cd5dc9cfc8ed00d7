/**
 * Finds a place name anywhere in a built site, in every form it could take there: with or
 * without tone marks, in any case, NFC or NFD, as a slug ("phung-chi-kien") or run together
 * ("phungchikien"), HTML-escaped (&#7901;), percent-encoded (in a URL), \u-escaped (in a
 * JavaScript bundle or JSON), inside the gzip files of the search index, and in the words of
 * the share images (kept in each JPEG's XMP, src/lib/share/xmp.ts). Written for the tests on
 * its own, so it does not trust the rename it checks (src/lib/content/ward-name.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listFiles } from './html.ts';

/** The text a file's bytes hold: gzip inflated, then read as UTF-8 (binary files give noise, which is harmless). */
export function fileText(bytes: Buffer): string {
  let data = bytes;
  if (data[0] === 0x1f && data[1] === 0x8b) {
    try {
      data = gunzipSync(data);
    } catch {
      // Not gzip after all: read the bytes as they are.
    }
  }
  return data.toString('utf8');
}

/** Undoes the escapes a name can be written in: HTML character references, \u escapes, percent-encoding. */
export function unescapeText(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/\\u\{([0-9a-f]+)\}|\\u([0-9a-f]{4})/gi, (_, a?: string, b?: string) =>
      String.fromCodePoint(parseInt(a ?? b ?? '0', 16)),
    )
    .replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
}

/** Lower case ASCII letters and digits only: "Phường PHÙNG Chí-Kiên" → "phuongphungchikien". */
export function squash(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

export interface NameFound {
  /** File under the scanned folder. */
  file: string;
  /** The name looked for. */
  name: string;
  /** Some of the text around it, squashed. */
  around: string;
}

/** Where any of `names` is written in `text` (of `file`), in any of the forms above. */
export function namesIn(file: string, text: string, names: readonly string[]): NameFound[] {
  const flat = squash(unescapeText(text.normalize('NFC')));
  return names.flatMap((name) => {
    const needle = squash(name);
    const at = flat.indexOf(needle);
    return at === -1 ? [] : [{ file, name, around: flat.slice(Math.max(0, at - 40), at + needle.length + 40) }];
  });
}

/** Every place in the files under `dir` where one of `names` is written. */
export function namesInFolder(dir: string, names: readonly string[]): NameFound[] {
  return listFiles(dir).flatMap((file) => namesIn(file, fileText(readFileSync(join(dir, file))), names));
}
