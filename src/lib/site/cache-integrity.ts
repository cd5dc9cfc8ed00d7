/**
 * Nothing is published from a damaged build cache. Astro's incremental build copies an
 * unchanged page from its cache folder without reading it, so a cache file that was truncated
 * (a build killed while writing it, a disk full, a partial restore by a deploy pipeline) or
 * altered would go live as it is. After each successful build the cache folder is sealed: a
 * list of every file in it with its size and SHA-256 digest, written atomically next to it.
 * Before the next build every file is checked against the seal and any file that is not
 * exactly as sealed is deleted, so Astro renders that page again (it renders whatever its
 * cache lacks). Without a readable seal nothing in the folder can be vouched for, and the whole
 * folder is emptied: the build is a cold one.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const VERSION = 1;

interface SealedFile {
  size: number;
  /** SHA-256, hex. */
  digest: string;
}

interface Seal {
  version: number;
  files: Record<string, SealedFile>;
}

/** A file found intact by verifyCache, with the modification time it had then. */
export interface VerifiedFile extends SealedFile {
  mtimeMs: number;
}

export interface Verification {
  /** Files that matched the seal, by path relative to the folder. */
  verified: Map<string, VerifiedFile>;
  /** Files deleted because they were not as sealed (relative paths). */
  removed: string[];
  /** True when there was no valid seal and the folder was emptied. */
  reset: boolean;
}

/** The seal of the cache folder `dir`: a file next to it, outside what it covers. */
export function sealFileOf(dir: string): string {
  return `${dir.replace(/[\\/]+$/, '')}.seal.json`;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

const digestOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function readSeal(file: string): Seal | undefined {
  try {
    const seal = JSON.parse(readFileSync(file, 'utf8')) as Partial<Seal>;
    if (seal.version !== VERSION || typeof seal.files !== 'object' || seal.files === null) return undefined;
    return seal as Seal;
  } catch {
    return undefined;
  }
}

/** Writes `text` to `file` through a temporary file and a rename, so no reader sees half of it. */
export function writeAtomically(file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Checks every file of the cache folder `dir` against its seal and deletes those that differ
 * (or the whole content of the folder when there is no valid seal). Throws when a damaged
 * file cannot be deleted: the folder must then not be used.
 */
export function verifyCache(dir: string): Verification {
  const files = filesUnder(dir);
  const result: Verification = { verified: new Map(), removed: [], reset: false };
  if (files.length === 0) return result;
  const seal = readSeal(sealFileOf(dir));
  if (!seal) {
    for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
    result.reset = true;
    return result;
  }
  for (const rel of files) {
    const file = join(dir, rel);
    const sealed = seal.files[rel];
    const stat = statSync(file);
    const digest = sealed && sealed.size === stat.size ? digestOf(file) : undefined;
    if (sealed && digest === sealed.digest) {
      result.verified.set(rel, { size: stat.size, digest, mtimeMs: stat.mtimeMs });
    } else {
      rmSync(file, { force: true });
      result.removed.push(rel);
    }
  }
  return result;
}

/**
 * Seals the cache folder `dir` as it is now. Files verified before the build and not touched
 * since (same size and modification time) keep their digest; the others are read again.
 */
export function sealCache(dir: string, verified: ReadonlyMap<string, VerifiedFile> = new Map()): number {
  const files: Record<string, SealedFile> = {};
  for (const rel of filesUnder(dir)) {
    const file = join(dir, rel);
    const stat = statSync(file);
    const known = verified.get(rel);
    files[rel] =
      known && known.size === stat.size && known.mtimeMs === stat.mtimeMs
        ? { size: known.size, digest: known.digest }
        : { size: stat.size, digest: digestOf(file) };
  }
  const seal = sealFileOf(dir);
  mkdirSync(dirname(seal), { recursive: true });
  writeAtomically(seal, JSON.stringify({ version: VERSION, files } satisfies Seal));
  return Object.keys(files).length;
}
