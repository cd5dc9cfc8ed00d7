/**
 * What Astro's incremental build needs from the data layer to key pages (see
 * src/lib/site/cache-key.ts): each entry's content digest, and one key for the settings that
 * every page shows in its header and footer.
 */
import { getSettings, type Entry } from './entries.ts';
import { cacheKey } from '../lib/site/cache-key.ts';

/** The digest Astro's content layer keeps for an entry (its front matter and body). */
export function digestOf(entry: Entry<unknown>): string {
  return String(entry.entry.digest ?? cacheKey(entry.data, entry.body));
}

let settings: Promise<string> | undefined;

/** Key of all settings: the ward, contacts, residential groups, fields and radio dictionary. */
export function settingsKey(): Promise<string> {
  settings ??= getSettings().then((s) => cacheKey(s));
  return settings;
}
