/**
 * Which entries a new ward started from this repository's content keeps, and what the kept
 * ones must lose so that the site still builds.
 *
 * - Entries marked `example: true` (stories, campaigns, bulletins) were written for the
 *   product: removed with "remove", kept with "keep".
 * - Stories, campaigns and bulletins not marked as examples are the old ward's own records
 *   (its real residents, who agreed to be published by the old ward; its campaigns): always
 *   removed.
 * - Documents issued by a local People's Committee or Council (src/lib/legal/local-document.ts)
 *   belong to the old ward or its province: always removed. National documents (laws,
 *   decrees, ministries' circulars) are the same for every ward: always kept.
 * - A kept entry loses its references to removed ones (a story's campaign, a campaign's legal
 *   basis, a document's relation, a bulletin's item, the featured story in the settings, the
 *   plan task of a removed plan that an entry carries out); one
 *   left without something it requires (a bulletin without items) is removed as well.
 * - Images and attachments that only removed entries used are removed with them.
 */
import { posix } from 'node:path';
import type { CollectionName, Fields } from '../schemas/fields.ts';
import { docNumberSlug } from '../lib/legal/doc-number.ts';
import { isLocalDocument } from '../lib/legal/local-document.ts';
import { fieldPath } from './issues.ts';

/** One entry of a collection, or one settings file, as read from content/. */
export interface ContentEntry {
  /** The collection, or undefined for a settings file. */
  collection: CollectionName | undefined;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  id: string;
  fields: Fields;
  data: Record<string, unknown>;
  body: string;
}

/** What to do with the example entries. */
export type ExamplesChoice = 'remove' | 'keep';

/** Why an entry is removed. */
export type RemovalReason = 'example' | 'old-ward-record' | 'local-document' | 'nothing-left';

export interface Removal {
  file: string;
  collection: CollectionName;
  id: string;
  reason: RemovalReason;
}

/** A path into front matter: keys and list indices. */
export type DataPath = (string | number)[];

/** What a reference points at: an entry of a collection, or a task a plan document declares. */
export type ReferenceTarget = CollectionName | typeof PLAN_TASK;

/** The target of task references (fields of kind 'task'): values are task ids. */
export const PLAN_TASK = 'plan-task';

/** A reference a kept entry loses. */
export interface DroppedReference {
  /** Dotted path of the field, e.g. "items[0].document" or "campaigns[1]". */
  field: string;
  collection: ReferenceTarget;
  value: string;
}

export interface ReferenceCleanup {
  /** Paths to delete from the front matter, in an order that can be applied one after another. */
  deletions: DataPath[];
  dropped: DroppedReference[];
  /** The entry cannot stand without what it loses (a required field would be empty). */
  orphaned: boolean;
}

export interface RemovalPlan {
  removed: Removal[];
  /** Kept entries and settings files that lose references, by file. */
  cleanups: Map<string, ReferenceCleanup>;
  /** Images and attachments (paths relative to the root) used only by removed entries. */
  unusedAssets: string[];
}

/** Why `entry` goes whatever is chosen for the examples, or with the examples; undefined when it stays. */
function firstReason(entry: ContentEntry, choice: ExamplesChoice): RemovalReason | undefined {
  if (entry.collection === undefined) return undefined;
  if (entry.collection === 'documents') {
    const doc = { number: String(entry.data['number'] ?? ''), issuer: String(entry.data['issuer'] ?? '') };
    return isLocalDocument(doc) ? 'local-document' : undefined;
  }
  if (entry.data['example'] !== true) return 'old-ward-record';
  return choice === 'remove' ? 'example' : undefined;
}

/**
 * What `data` loses when the entries `isGone` says are removed: a removed value of a multiple
 * reference, a removed single reference, or the whole list item holding a removed reference
 * (a relation, a bulletin item); an emptied optional field is deleted, an emptied required one
 * makes the entry orphaned.
 */
export function referenceCleanup(
  fields: Fields,
  data: Record<string, unknown>,
  isGone: (collection: ReferenceTarget, value: string) => boolean,
  path: DataPath = [],
): ReferenceCleanup {
  const out: ReferenceCleanup = { deletions: [], dropped: [], orphaned: false };
  for (const [name, f] of Object.entries(fields)) {
    const value = data[name];
    const at = [...path, name];
    if (value === undefined || value === null) continue;
    if (f.kind === 'reference' || f.kind === 'task') {
      const target = f.kind === 'task' ? PLAN_TASK : f.collection;
      const values = Array.isArray(value) ? value : [value];
      const gone = values.flatMap((v, i) => (typeof v === 'string' && isGone(target, v) ? [i] : []));
      if (gone.length === 0) continue;
      for (const i of gone)
        out.dropped.push({
          field: fieldPath(Array.isArray(value) ? [...at, i] : at),
          collection: target,
          value: String(values[i]),
        });
      if (gone.length === values.length) {
        out.deletions.push(at);
        if (f.required) out.orphaned = true;
      } else for (const i of [...gone].reverse()) out.deletions.push([...at, i]);
    } else if (f.kind === 'object' && typeof value === 'object' && !Array.isArray(value)) {
      const inner = referenceCleanup(f.fields, value as Record<string, unknown>, isGone, at);
      out.dropped.push(...inner.dropped);
      if (inner.orphaned) {
        out.deletions.push(at);
        if (f.required) out.orphaned = true;
      } else out.deletions.push(...inner.deletions);
    } else if (f.kind === 'list' && Array.isArray(value)) {
      const gone: number[] = [];
      value.forEach((item, i) => {
        if (!item || typeof item !== 'object') return;
        const inner = referenceCleanup(f.fields, item as Record<string, unknown>, isGone, [...at, i]);
        if (inner.dropped.length === 0) return;
        out.dropped.push(...inner.dropped);
        gone.push(i);
      });
      if (gone.length === 0) continue;
      if (gone.length === value.length) {
        out.deletions.push(at);
        if (f.required) out.orphaned = true;
      } else for (const i of [...gone].reverse()) out.deletions.push([...at, i]);
    }
  }
  return out;
}

/** The id a reference value points at: documents are referred to by number, the rest by id. */
const refId = (collection: ReferenceTarget, value: string) =>
  collection === 'documents' ? docNumberSlug(value) : value;

/** Task ids a document declares (its `tasks` list), read from front matter. */
function declaredTaskIds(entry: ContentEntry): string[] {
  if (entry.collection !== 'documents' || !Array.isArray(entry.data['tasks'])) return [];
  return (entry.data['tasks'] as unknown[]).flatMap((task) =>
    task && typeof task === 'object' && typeof (task as Record<string, unknown>)['id'] === 'string'
      ? [String((task as Record<string, unknown>)['id'])]
      : [],
  );
}

const MARKDOWN_IMAGE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)>?/g;

/** Images (beside the entry) and attachments (under public/) an entry uses, as paths from the root. */
export function assetsOf(entry: ContentEntry): string[] {
  const dir = posix.dirname(entry.file);
  const out: string[] = [];
  const walk = (fields: Fields, data: Record<string, unknown>) => {
    for (const [name, f] of Object.entries(fields)) {
      const value = data[name];
      if (value === undefined || value === null) continue;
      if (f.kind === 'image' && typeof value === 'string') out.push(posix.join(dir, value));
      else if (f.kind === 'file' && typeof value === 'string') out.push(posix.join('public', value));
      else if (f.kind === 'object' && typeof value === 'object') walk(f.fields, value as Record<string, unknown>);
      else if (f.kind === 'list' && Array.isArray(value))
        for (const item of value) if (item && typeof item === 'object') walk(f.fields, item as Record<string, unknown>);
    }
  };
  walk(entry.fields, entry.data);
  for (const match of entry.body.matchAll(MARKDOWN_IMAGE)) {
    const src = match[1] ?? '';
    if (src && !/^[a-z][a-z0-9+.-]*:|^\/|^#/i.test(src)) out.push(posix.join(dir, src));
  }
  return [...new Set(out)];
}

/** Decides what goes and what kept entries lose, following references until nothing more changes. */
export function planRemovals(entries: readonly ContentEntry[], choice: ExamplesChoice): RemovalPlan {
  const removed = new Map<string, Removal>();
  for (const entry of entries) {
    const reason = firstReason(entry, choice);
    if (reason && entry.collection)
      removed.set(entry.file, { file: entry.file, collection: entry.collection, id: entry.id, reason });
  }
  const goneIds = () => {
    const ids = new Set<string>();
    for (const r of removed.values()) ids.add(`${r.collection}/${r.id}`);
    // A task goes with the plan declaring it, unless a kept document declares it too.
    const keptTasks = new Set(entries.filter((e) => !removed.has(e.file)).flatMap(declaredTaskIds));
    for (const e of entries)
      if (removed.has(e.file))
        for (const id of declaredTaskIds(e)) if (!keptTasks.has(id)) ids.add(`${PLAN_TASK}/${id}`);
    return ids;
  };
  let cleanups = new Map<string, ReferenceCleanup>();
  for (;;) {
    const ids = goneIds();
    const isGone = (collection: ReferenceTarget, value: string) => ids.has(`${collection}/${refId(collection, value)}`);
    cleanups = new Map();
    let more = false;
    for (const entry of entries) {
      if (removed.has(entry.file)) continue;
      const cleanup = referenceCleanup(entry.fields, entry.data, isGone);
      if (cleanup.orphaned && entry.collection) {
        removed.set(entry.file, {
          file: entry.file,
          collection: entry.collection,
          id: entry.id,
          reason: 'nothing-left',
        });
        more = true;
      } else if (cleanup.dropped.length > 0) cleanups.set(entry.file, cleanup);
    }
    if (!more) break;
  }
  const kept = new Set(entries.filter((e) => !removed.has(e.file)).flatMap(assetsOf));
  const unusedAssets = [
    ...new Set(entries.filter((e) => removed.has(e.file)).flatMap((e) => assetsOf(e).filter((a) => !kept.has(a)))),
  ].sort();
  return { removed: [...removed.values()], cleanups, unusedAssets };
}
