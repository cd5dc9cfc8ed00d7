/**
 * What a bulletin item is in the rundown, the same for the site (src/data/radio-view.ts) and
 * the bulletin preview: which entry it reads, and the name it is listed under.
 */
import type { OptionValue } from '../content/options.ts';
import { docNumberSlug } from '../legal/doc-number.ts';

/** Collections that have scripts, by their path segment (the same values as bulletin item kinds). */
export type RadioCollection = Exclude<OptionValue<'bulletinItemKind'>, 'thong-bao'>;

/** A bulletin item as written: its kind and, for an entry, the field naming it. */
export interface BulletinItemFields {
  kind: string;
  honoree?: string | undefined;
  campaign?: string | undefined;
  document?: string | undefined;
  announcement?: string | undefined;
}

/** The entry an item reads: its collection and id (a document by the slug of its number). */
export interface BulletinItemRef {
  kind: RadioCollection;
  id: string;
}

/** One row of a rundown before it is timed (src/lib/radio/rundown.ts adds position, start, end). */
export interface RundownItem {
  kind: string;
  /** Name of the item in the rundown. */
  label: string;
  /** The script page, for items that are entries. */
  href: string | undefined;
  seconds: number;
}

/** The entry the item reads; undefined for a free-text announcement or an item not filled in yet. */
export function bulletinItemRef(item: BulletinItemFields): BulletinItemRef | undefined {
  if (item.kind === 'guong-sang' && item.honoree) return { kind: 'guong-sang', id: item.honoree };
  if (item.kind === 'phong-trao' && item.campaign) return { kind: 'phong-trao', id: item.campaign };
  if (item.kind === 'thong-bao-su-kien' && item.announcement)
    return { kind: 'thong-bao-su-kien', id: item.announcement };
  if (item.kind === 'van-ban' && item.document) return { kind: 'van-ban', id: docNumberSlug(item.document) };
  return undefined;
}

/** The name of an entry's script: its title, a document's number and title ("08/KH-UBND: Kế hoạch …"). */
export function scriptTitle(
  collection: RadioCollection,
  entry: { title: string; number?: string | undefined },
): string {
  return collection === 'van-ban' ? `${entry.number ?? ''}: ${entry.title}` : entry.title;
}

/** The name of an announcement: its heading, or `word`, the caller's word for announcements. */
export function announcementLabel(heading: string | undefined, word: string): string {
  return heading ?? word;
}

/** A bulletin item as written, with an announcement's heading and text. */
export interface BulletinItemInput<K extends string> extends BulletinItemFields {
  kind: K;
  heading?: string | undefined;
  text?: string | undefined;
}

/** What the site knows of an entry's script: its name, its page and the script. */
export interface ScriptOfEntry<S> {
  title: string;
  href: string;
  script: S;
}

/**
 * A bulletin's items as the site lists them (src/data/radio-view.ts): an entry's script
 * found by `scriptOf`, an announcement's made from its text by `announce` and named by its
 * heading or `announcementWord`.
 */
export function bulletinItems<K extends string, S extends { seconds: number }>(
  items: readonly BulletinItemInput<K>[],
  scriptOf: (ref: BulletinItemRef) => ScriptOfEntry<S>,
  announce: (text: string) => S,
  announcementWord: string,
): (RundownItem & { kind: K; script: S })[] {
  return items.map((item) => {
    const ref = bulletinItemRef(item);
    if (ref) {
      const s = scriptOf(ref);
      return { kind: item.kind, label: s.title, href: s.href, script: s.script, seconds: s.script.seconds };
    }
    const script = announce(item.text ?? '');
    return {
      kind: item.kind,
      label: announcementLabel(item.heading, announcementWord),
      href: undefined,
      script,
      seconds: script.seconds,
    };
  });
}
