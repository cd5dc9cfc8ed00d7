/**
 * The search indexes kept in the build cache (src/lib/site/cache-dir.ts): Pagefind rebuilds
 * both indexes from every page on each build, which is a large part of a rebuild, though
 * with no page changed its output is the same, byte for byte. So the files Pagefind wrote are
 * kept under the digest of everything it was given (each page's address and HTML, the options,
 * the code that prepares the pages, Pagefind's version), and a build whose pages give the
 * same digest copies them instead of indexing. Only the last index is kept.
 *
 * Safe against damage: the folder is replaced whole (written beside it, then renamed), a key
 * file written last lists every file, and scripts/build.ts checks the folder against its seal
 * before each build (src/lib/site/cache-integrity.ts), deleting any damaged file, so a restore
 * that misses one of its files does not happen and Pagefind indexes again.
 */
import { createHash, type Hash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { writeAtomically } from '../site/cache-integrity.ts';

/** The folder of the build cache that holds the last search index. */
export const INDEX_CACHE = 'pagefind';

const KEY_FILE = 'key.json';
const FILES = 'files';

interface Key {
  digest: string;
  files: string[];
}

/** A digest built page by page: `add` each page given to Pagefind, then `digest()`. */
export function indexDigest(setup: unknown): { add: (url: string, html: string) => void; digest: () => string } {
  const hash: Hash = createHash('sha256').update(JSON.stringify(setup));
  return {
    add: (url, html) => {
      hash.update(`\0${url}\0`);
      hash.update(html);
    },
    digest: () => hash.digest('hex'),
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

function readKey(cacheDir: string): Key | undefined {
  try {
    const key = JSON.parse(readFileSync(join(cacheDir, KEY_FILE), 'utf8')) as Partial<Key>;
    return typeof key.digest === 'string' && Array.isArray(key.files) ? (key as Key) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Copies the cached index into `indexDir` when it was made from pages with this `digest` and
 * every one of its files is there; returns whether it did.
 */
export function restoreIndex(cacheDir: string, digest: string, indexDir: string): boolean {
  const key = readKey(cacheDir);
  if (key?.digest !== digest) return false;
  const source = join(cacheDir, FILES);
  if (!key.files.every((file) => existsSync(join(source, file)))) return false;
  for (const file of key.files) {
    const target = join(indexDir, file);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(source, file), target);
  }
  return true;
}

/**
 * Keeps the index Pagefind just wrote in `indexDir` as the cached one for `digest`, leaving
 * out the files for which `leaveOut` is true; replaces the previous one.
 */
export function storeIndex(
  cacheDir: string,
  digest: string,
  indexDir: string,
  leaveOut: (file: string) => boolean = () => false,
): void {
  const next = `${cacheDir}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  try {
    const files = filesUnder(indexDir).filter((file) => !leaveOut(file));
    for (const file of files) {
      mkdirSync(dirname(join(next, FILES, file)), { recursive: true });
      cpSync(join(indexDir, file), join(next, FILES, file));
    }
    writeAtomically(join(next, KEY_FILE), JSON.stringify({ digest, files } satisfies Key));
    rmSync(cacheDir, { recursive: true, force: true });
    renameSync(next, cacheDir);
  } finally {
    rmSync(next, { recursive: true, force: true });
  }
}
