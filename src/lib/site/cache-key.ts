/**
 * Keys for Astro's incremental build (experimental.incrementalBuild): a page whose
 * getStaticPaths() entry returns the same `cacheKey` as in the previous build, and whose code
 * did not change, is copied from the previous build instead of rendered. A key must therefore
 * cover everything the page shows that is not code: the entry's digest, the digests of the
 * other entries it names, the settings, and for dated pages the day. Astro checks the code
 * and the rendered Markdown bodies itself.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';

/** A short key that changes whenever any of `parts` (JSON-serialisable values) changes. */
export function cacheKey(...parts: readonly unknown[]): string {
  return createHash('sha256')
    .update(JSON.stringify(parts, (_key, value: unknown) => (value === undefined ? null : value)))
    .digest('base64url')
    .slice(0, 32);
}

/**
 * What identifies a file's content cheaply, as build caches do: its size and modification
 * time ('' when it does not exist). Used for photos, which an editor may replace under the same name.
 */
export function fileStamp(path: string | undefined): string {
  if (!path) return '';
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat ? `${stat.size}:${Math.round(stat.mtimeMs)}` : '';
}
