/**
 * What the CMS does just before it saves an entry: drop the empty values Decap leaves in
 * optional fields (the build would refuse `end: ''`), store every text in NFC (input methods
 * and pasted text may give decomposed marks), then run the same zod schema, the same rules
 * on one entry (src/content-pipeline/entry-rules.ts) and the plan-task rules as the build, so
 * the CMS refuses what the build would refuse and says which field is wrong, in Vietnamese. Pure; admin/cms.ts wires checkEntry to Decap's preSave
 * and prePublish events.
 */
import { z } from 'zod';
import type { Fields } from '../src/schemas/fields.ts';
import { COLLECTIONS, COLLECTION_NAMES, SETTINGS_FILES, SETTINGS_KEYS } from '../src/schemas/index.ts';
import { objectSchema } from '../src/schemas/to-zod.ts';
import { SETTINGS_COLLECTION } from '../src/schemas/to-decap.ts';
import { zodIssues } from '../src/content-pipeline/issues.ts';
import { entryProblems } from '../src/content-pipeline/entry-rules.ts';
import type { CollectionName } from '../src/schemas/fields.ts';
import { declarerOf, taskIssues } from '../src/content-pipeline/tasks.ts';
import type { DeclaredTaskIds } from '../src/lib/plan/tasks.ts';
import { docNumberSlug } from '../src/lib/legal/doc-number.ts';
import { t, tMaybe } from '../src/i18n/strings.ts';
import { toNfc } from '../src/lib/text/fold-vi.ts';

export type DataPath = (string | number)[];

/**
 * What the save check knows beyond the entry: the task ids every document on the site
 * declares (the /admin/ page renders them from content/ at build time). Without it, task
 * references are checked for their form only.
 */
export interface SaveContext {
  planTasks?: readonly DeclaredTaskIds[] | undefined;
  /** The entry's own file (content/documents/<slug>.md), whose published tasks the entry replaces. */
  file?: string | undefined;
}

export interface SaveProblem {
  /** Dotted path of the field, as the build reports it (consent.date, awards[0].title). */
  field: string;
  /** The field's label path in Vietnamese ("Hồ sơ đồng ý › Ngày đồng ý"). */
  label: string;
  message: string;
}

/** The strings namespace and field declaration of a Decap entry; undefined when unknown. */
export function declarationFor(
  collection: string,
  slug: string,
): { key: string; fields: Fields; body: boolean } | undefined {
  if (collection === SETTINGS_COLLECTION) {
    const settingsKey = SETTINGS_KEYS.find((k) => SETTINGS_FILES[k].name === slug);
    return settingsKey
      ? { key: SETTINGS_FILES[settingsKey].name, fields: SETTINGS_FILES[settingsKey].fields, body: false }
      : undefined;
  }
  if (!(COLLECTION_NAMES as string[]).includes(collection)) return undefined;
  const def = COLLECTIONS[collection as CollectionName];
  return { key: def.name, fields: def.fields, body: def.body };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for what an untouched or cleared form field holds. */
function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value)) return Object.values(value).every(isBlank);
  return false;
}

/**
 * Paths of optional values to remove before saving: optional fields left empty, empty
 * optional lists (the build reads a missing list as empty), and optional objects (photo,
 * consent) nobody filled in, whose booleans Decap sets to false. Booleans stay as the
 * editor set them; required fields are kept so the check can name them.
 */
export function blankOptionalPaths(fields: Fields, data: unknown, path: DataPath = []): DataPath[] {
  if (!isRecord(data)) return [];
  const out: DataPath[] = [];
  for (const [name, f] of Object.entries(fields)) {
    if (!(name in data)) continue;
    const value = data[name];
    const here = [...path, name];
    if (value === null || (!f.required && f.kind !== 'boolean' && isBlank(value))) {
      out.push(here);
    } else if (f.kind === 'object') {
      out.push(...blankOptionalPaths(f.fields, value, here));
    } else if (f.kind === 'list' && Array.isArray(value)) {
      value.forEach((item, i) => out.push(...blankOptionalPaths(f.fields, item, [...here, i])));
    }
  }
  return out;
}

/**
 * Image values to rewrite: Decap stores a picture beside the entry as "images/x.jpg";
 * the content convention (and Astro's reading of it) is the explicit "./images/x.jpg".
 */
export function imagePathFixes(fields: Fields, data: unknown, path: DataPath = []): [DataPath, string][] {
  if (!isRecord(data)) return [];
  const out: [DataPath, string][] = [];
  for (const [name, f] of Object.entries(fields)) {
    const value = data[name];
    const here = [...path, name];
    if (f.kind === 'image' && typeof value === 'string' && value !== '' && !/^(\.{1,2}\/|\/|[a-z]+:)/i.test(value)) {
      out.push([here, `./${value}`]);
    } else if (f.kind === 'object') {
      out.push(...imagePathFixes(f.fields, value, here));
    } else if (f.kind === 'list' && Array.isArray(value)) {
      value.forEach((item, i) => out.push(...imagePathFixes(f.fields, item, [...here, i])));
    }
  }
  return out;
}

/**
 * Texts to rewrite in NFC, the form content is stored and compared in (FACTS §6): a
 * Vietnamese input method or a pasted text may give "ê" + combining acute instead of "ế".
 * Covers every text of the entry, the Markdown body included.
 */
export function nfcFixes(data: unknown, path: DataPath = []): [DataPath, string][] {
  if (typeof data === 'string') {
    const nfc = toNfc(data);
    return nfc === data ? [] : [[path, nfc]];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => nfcFixes(item, [...path, i]));
  if (isRecord(data)) return Object.entries(data).flatMap(([name, value]) => nfcFixes(value, [...path, name]));
  return [];
}

/** A copy of `data` with the values at the given paths replaced. */
export function withValues(
  data: Record<string, unknown>,
  values: readonly [DataPath, unknown][],
): Record<string, unknown> {
  const copy = structuredClone(data);
  for (const [path, value] of values) {
    let parent: unknown = copy;
    for (const step of path.slice(0, -1)) parent = (parent as Record<string | number, unknown> | undefined)?.[step];
    const last = path.at(-1);
    if (isRecord(parent) && typeof last === 'string') parent[last] = value;
    else if (Array.isArray(parent) && typeof last === 'number') parent[last] = value;
  }
  return copy;
}

/** A copy of `data` without the values at `paths`. */
export function withoutPaths(data: Record<string, unknown>, paths: readonly DataPath[]): Record<string, unknown> {
  const copy = structuredClone(data);
  for (const path of paths) {
    let parent: unknown = copy;
    for (const step of path.slice(0, -1)) parent = (parent as Record<string | number, unknown> | undefined)?.[step];
    const last = path.at(-1);
    if (isRecord(parent) && typeof last === 'string') delete parent[last];
  }
  return copy;
}

/** "awards[0].decisionDate" → "Khen thưởng › Ngày quyết định". */
function labelFor(key: string, field: string): string {
  const names = field
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter(Boolean);
  return names
    .map(
      (_, i) =>
        tMaybe(`field.${key}.${names.slice(0, i + 1).join('.')}`) ??
        // Task references share one label unless the collection words its own (to-decap.ts).
        (i === 0 && names[0] === 'task' ? tMaybe('field.task') : undefined) ??
        names[i],
    )
    .join(' › ');
}

/** Every string in `value`, however deep. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (isRecord(value)) return Object.values(value).flatMap(stringsIn);
  return [];
}

/** True for the name of a collection (not a settings file). */
const isCollection = (key: string): key is CollectionName => (COLLECTION_NAMES as string[]).includes(key);

/**
 * Problems that would make the build refuse this entry. Choices from the settings lists
 * are accepted as they are: the CMS offers only the ids present in the settings files.
 */
export function saveProblems(
  key: string,
  fields: Fields,
  data: Record<string, unknown>,
  body = '',
  context: SaveContext = {},
): SaveProblem[] {
  const present = stringsIn(data);
  const schema = objectSchema(fields, {
    image: () => z.string(),
    file: () => z.string(),
    settings: { residentialGroups: present, fields: present },
  });
  const parsed = schema.safeParse(data);
  const problems: { field: string; message: string }[] = parsed.success
    ? isCollection(key)
      ? entryProblems(key, parsed.data as Record<string, unknown>, body)
      : []
    : zodIssues('', parsed.error, data, fields);
  if (parsed.success) problems.push(...planTaskProblems(key, fields, parsed.data as Record<string, unknown>, context));
  return problems.map((p) => ({ field: p.field, label: labelFor(key, p.field), message: p.message }));
}

/**
 * The build's task rules on one entry: its task references must name a task some document
 * declares (this one included), and a document's task ids must be unique in it and across
 * the other documents. The saved document stands in for its published version.
 */
function planTaskProblems(
  key: string,
  fields: Fields,
  data: Record<string, unknown>,
  context: SaveContext,
): { field: string; message: string }[] {
  const self = key === 'documents' ? [declarerOf('', data)] : [];
  const selfNumber = self[0] ? docNumberSlug(self[0].number) : undefined;
  const others = context.planTasks?.filter((d) => docNumberSlug(d.number) !== selfNumber && d.file !== context.file);
  // Without the site's tasks only the document's own ids can be compared.
  const entries = others ? [{ file: '', fields, data }] : [];
  return taskIssues([...(others ?? []), ...self], entries)
    .filter((issue) => issue.file === '')
    .map(({ field, message }) => ({ field, message }));
}

export interface PreparedEntry {
  /** Paths removed from the entry's data. */
  removed: DataPath[];
  /** Values replaced in the entry's data (texts in NFC, image paths). */
  replaced: [DataPath, string][];
  problems: SaveProblem[];
}

/**
 * Prepares a Decap entry's data for saving: which empty optional values to drop, which
 * texts to store in NFC and image paths to write the project's way, and what the build
 * would refuse in the result.
 * `body` (the Markdown text) is not a field.
 */
export function prepareEntry(
  collection: string,
  slug: string,
  data: Record<string, unknown>,
  context: SaveContext = {},
): PreparedEntry {
  const declaration = declarationFor(collection, slug);
  if (!declaration) return { removed: [], replaced: [], problems: [] };
  const removed = blankOptionalPaths(declaration.fields, data);
  const cleaned = withoutPaths(data, removed);
  const nfc = nfcFixes(cleaned);
  const images = imagePathFixes(declaration.fields, withValues(cleaned, nfc));
  // An image fix replaces the NFC fix of the same path, if any: later values win.
  const replaced = [...nfc, ...images];
  const checked = withValues(cleaned, replaced);
  const body = typeof checked['body'] === 'string' ? checked['body'] : '';
  if (declaration.body) delete checked['body'];
  const file = slug && collection !== SETTINGS_COLLECTION ? `content/${collection}/${slug}.md` : undefined;
  return {
    removed,
    replaced,
    problems: saveProblems(declaration.key, declaration.fields, checked, body, { ...context, file }),
  };
}

/** The message Decap shows when the save is refused. */
export function problemsMessage(problems: readonly SaveProblem[]): string {
  return [t('cms.saveRefused'), ...problems.map((p) => `• ${p.label}: ${p.message}`)].join('\n');
}

/**
 * The error the CMS throws to refuse an entry. Decap prints it into its notice ("Chưa lưu
 * được. %{details}", "Chưa công bố được. %{details}"); without the "Error: " prefix that
 * String(error) would add, it reads as a sentence.
 */
export class EntryRefused extends Error {
  readonly problems: readonly SaveProblem[];
  constructor(problems: readonly SaveProblem[]) {
    super(problemsMessage(problems));
    this.name = 'EntryRefused';
    this.problems = problems;
  }
  override toString(): string {
    return this.message;
  }
}

/**
 * The one check behind both Decap events (admin/cms.ts): preSave, before an entry or a draft
 * is written, and prePublish, before a draft reaches the branch the site is built from. The
 * second matters because a draft branch need not have passed the first: one made with git or
 * on the git host, or saved by an older CMS, is published as it is. Returns the prepared
 * entry (what preSave writes); throws EntryRefused naming the fields the build would refuse.
 */
export function checkEntry(
  collection: string,
  slug: string,
  data: Record<string, unknown>,
  context: SaveContext = {},
): PreparedEntry {
  const prepared = prepareEntry(collection, slug, data, context);
  if (prepared.problems.length > 0) throw new EntryRefused(prepared.problems);
  return prepared;
}
