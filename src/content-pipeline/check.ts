/**
 * The content check: every rule the build enforces, run over content/ before Astro renders
 * anything. Field rules come from the schema declarations (through zod); the rules on one entry
 * (consent, personal data, a document's number and text, a campaign's steps, an announcement's
 * dates, a bulletin's items) from ./entry-rules.ts, which the CMS runs before saving too; the
 * rules that span entries live here: ids unique, references resolvable, relations consistent,
 * plan tasks declared. The build stops on the first check that reports any issue.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { COLLECTIONS, COLLECTION_NAMES, SETTINGS_FILES, SETTINGS_KEYS, type CollectionDef } from '../schemas/index.ts';
import type { CollectionName, Fields } from '../schemas/fields.ts';
import { objectSchema, type ZodContext } from '../schemas/to-zod.ts';
import { readCollection, readSettingsFile, type RawEntry } from './read.ts';
import { zodIssues, type ContentIssue } from './issues.ts';
import { declarerOf, taskIssues } from './tasks.ts';
import { valuesOfKind } from './field-values.ts';
import { entryProblems, type EntryProblem } from './entry-rules.ts';
import { normaliseText } from '../lib/content/frontmatter.ts';
import { HONOREE_RESERVED_IDS } from '../lib/site/paths.ts';
import { docNumberSlug } from '../lib/legal/doc-number.ts';
import { relationProblems, type DocumentForRules } from '../lib/legal/document-rules.ts';
import { imageFormatOf } from '../lib/content/image-format.ts';
import { t } from '../i18n/strings.ts';
import { word } from '../i18n/wording/message.ts';

export interface CheckResult {
  issues: ContentIssue[];
  /** Ids of residential groups and fields of achievement found in settings. */
  settingsIds: ZodContext['settings'];
}

function idsOf(data: Record<string, unknown> | undefined, key: string): string[] {
  const list = data?.[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => (item && typeof item === 'object' && typeof item.id === 'string' ? [item.id] : []));
}

/** Reads the ids of residential groups and fields of achievement from content/settings. */
export function readSettingsIds(root: string): ZodContext['settings'] {
  return {
    residentialGroups: idsOf(readSettingsFile(root, SETTINGS_FILES.residentialGroups.name).data, 'groups'),
    fields: idsOf(readSettingsFile(root, SETTINGS_FILES.fields.name).data, 'fields'),
  };
}

function contextFor(root: string, file: string, settings: ZodContext['settings']): ZodContext {
  const dir = dirname(join(root, file));
  return {
    settings,
    image: () =>
      z.string().superRefine((value, ctx) => {
        const path = resolve(dir, value);
        if (!existsSync(path)) ctx.addIssue({ code: 'custom', message: t('error.missingImage', { path: value }) });
        else if (!imageFormatOf(path)) ctx.addIssue({ code: 'custom', message: t('error.notImage', { path: value }) });
      }),
    file: () =>
      z.string().superRefine((value, ctx) => {
        if (!existsSync(join(root, 'public', value)))
          ctx.addIssue({ code: 'custom', message: t('error.missingFile', { path: value }) });
      }),
  };
}

/** An entry's problems with its file. */
const filed = (entry: RawEntry, problems: EntryProblem[]): ContentIssue[] =>
  problems.map((p) => ({ file: entry.file, ...p }));

/** Runs every content rule over the project at `root`. */
export function checkContent(root: string): CheckResult {
  const issues: ContentIssue[] = [];
  const settingsIds = readSettingsIds(root);
  // One schema per declaration and folder (image paths resolve against the entry's folder):
  // zod compiles each schema on first use, and one per entry was most of the check's time
  // at thousands of entries.
  const schemas = new Map<Fields, Map<string, ReturnType<typeof objectSchema>>>();
  const schemaFor = (fields: Fields, file: string) => {
    const byDir = schemas.get(fields) ?? new Map<string, ReturnType<typeof objectSchema>>();
    schemas.set(fields, byDir);
    const dir = dirname(file);
    let schema = byDir.get(dir);
    if (!schema) {
      schema = objectSchema(fields, contextFor(root, file, settingsIds));
      byDir.set(dir, schema);
    }
    return schema;
  };

  const validSettings: { file: string; fields: Fields; data: Record<string, unknown> }[] = [];
  for (const key of SETTINGS_KEYS) {
    const def = SETTINGS_FILES[key];
    const { file, data, issue } = readSettingsFile(root, def.name);
    if (issue) issues.push(issue);
    if (!data) continue;
    const parsed = schemaFor(def.fields, file).safeParse(data);
    if (parsed.success) validSettings.push({ file, fields: def.fields, data: parsed.data as Record<string, unknown> });
    else issues.push(...zodIssues(file, parsed.error, data, def.fields));
  }

  const valid = new Map<CollectionName, RawEntry[]>();
  const ids = new Map<CollectionName, Map<string, string>>();
  for (const name of COLLECTION_NAMES) {
    const def = COLLECTIONS[name];
    const idFrom = (def as CollectionDef).idFrom;
    const { entries, issues: readIssues } = readCollection(root, name, idFrom);
    issues.push(...readIssues);
    const seen = new Map<string, string>();
    const ok: RawEntry[] = [];
    for (const entry of entries) {
      const parsed = schemaFor(def.fields, entry.file).safeParse(entry.data);
      if (!parsed.success) {
        issues.push(...zodIssues(entry.file, parsed.error, entry.data, def.fields));
        // An entry whose id field is itself wrong cannot clash with anything yet.
        if (idFrom && parsed.error.issues.some((i) => i.path[0] === idFrom)) continue;
      } else ok.push({ ...entry, data: parsed.data as Record<string, unknown> });
      const other = seen.get(entry.id);
      if (other)
        issues.push({
          file: entry.file,
          field: idFrom ?? '',
          message: t('error.duplicateId', { id: entry.id, other }),
        });
      else seen.set(entry.id, entry.file);
    }
    valid.set(name, ok);
    ids.set(name, seen);
  }

  // A story or campaign with nothing to read is not published; documents may be a subject line only.
  for (const name of COLLECTION_NAMES) {
    if (!(COLLECTIONS[name] as CollectionDef).bodyRequired) continue;
    for (const entry of valid.get(name) ?? [])
      if (entry.body.trim() === '') issues.push({ file: entry.file, field: 'body', message: t('error.emptyBody') });
  }

  const withRefs = [
    ...validSettings,
    ...COLLECTION_NAMES.flatMap((name) =>
      (valid.get(name) ?? []).map((e) => ({ ...e, fields: COLLECTIONS[name].fields })),
    ),
  ];
  {
    for (const entry of withRefs) {
      for (const { field, value, descriptor } of valuesOfKind(entry.fields, entry.data, 'reference')) {
        const ref = { field, value, collection: descriptor.collection };
        const id = ref.collection === 'documents' ? docNumberSlug(ref.value) : ref.value;
        if (ids.get(ref.collection)?.has(id)) continue;
        const message =
          ref.collection === 'documents'
            ? t('error.missingDocument', { id: ref.value })
            : t('error.missingEntry', { id: ref.value, collection: ref.collection });
        issues.push({ file: entry.file, field: ref.field, message });
      }
    }
  }

  for (const entry of valid.get('honorees') ?? []) {
    const source = normaliseText(readFileSync(join(root, entry.file), 'utf8'));
    issues.push(...filed(entry, entryProblems('honorees', entry.data, entry.body, source)));
  }
  for (const entry of ids.get('honorees') ?? new Map<string, string>()) {
    const [id, file] = entry;
    if (HONOREE_RESERVED_IDS.includes(id))
      issues.push({ file, field: '', message: t('error.reservedId', { id, ids: HONOREE_RESERVED_IDS.join(', ') }) });
  }

  const documents = valid.get('documents') ?? [];
  for (const entry of documents) issues.push(...filed(entry, entryProblems('documents', entry.data, entry.body)));
  const declared = documents.map((e) => ({ ...(e.data as unknown as DocumentForRules), file: e.file }));
  for (const p of relationProblems(declared)) issues.push({ file: p.file, field: p.field, message: word(p) });

  for (const entry of valid.get('campaigns') ?? [])
    issues.push(...filed(entry, entryProblems('campaigns', entry.data, entry.body)));
  // Plan tasks: ids unique across documents, and every entry's task declared by a document.
  issues.push(
    ...taskIssues(
      documents.map((e) => declarerOf(e.file, e.data)),
      withRefs,
    ),
  );

  for (const name of ['bulletins', 'announcements'] as const)
    for (const entry of valid.get(name) ?? [])
      issues.push(...filed(entry, entryProblems(name, entry.data, entry.body)));

  return { issues, settingsIds };
}
