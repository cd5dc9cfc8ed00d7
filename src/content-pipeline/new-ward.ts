/**
 * Starting a new ward from this repository's content (`npm run new-ward`): the plan of what
 * to write and what to delete under content/ (and public/files/), worked out without
 * touching the disk, then applied.
 *
 * - The settings get the new ward (new-ward-settings.ts).
 * - Entries go or stay as example-removal.ts decides; kept entries lose their references to
 *   removed ones; examples kept with --keep-examples have the old ward's name replaced
 *   (ward-name.ts). National documents are never rewritten: a legal text is quoted as
 *   issued, so a mention of the old ward left in one is reported, not changed.
 * - Every change is described in a line of Vietnamese for the command to print.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { t } from '../i18n/strings.ts';
import { COLLECTIONS, COLLECTION_NAMES, SETTINGS_FILES, SETTINGS_KEYS, type CollectionDef } from '../schemas/index.ts';
import { foldViLower } from '../lib/text/fold-vi.ts';
import { planRemovals, type ContentEntry, type Removal } from './example-removal.ts';
import { normaliseText } from '../lib/content/frontmatter.ts';
import type { ContentIssue } from './issues.ts';
import type { NewWardOptions } from './new-ward-options.ts';
import { readCollection, readSettingsFile } from './read.ts';
import { committeeName, settingsText } from './new-ward-settings.ts';
import { formsPattern, renameWard, wardNameForms, wardRenames, type WardNaming } from '../lib/content/ward-name.ts';
import { deleteYamlPaths } from '../lib/content/yaml-edit.ts';

/** A file to write, relative to the project root. */
export interface PlannedWrite {
  file: string;
  text: string;
}

export interface NewWardPlan {
  /** The new committee's name, for the report's heading. */
  committee: string;
  writes: PlannedWrite[];
  /** Files to delete, relative to the project root. */
  deletes: string[];
  /** What the plan does, one line per change, in Vietnamese. */
  lines: string[];
  /** Mentions of the old ward left in kept files that are not rewritten. */
  warnings: string[];
}

/** The content cannot be moved to a new ward as it is; `lines` say why, in Vietnamese. */
export class NewWardError extends Error {
  readonly lines: readonly string[];
  constructor(lines: readonly string[]) {
    super(lines.join('\n'));
    this.lines = lines;
    this.name = 'NewWardError';
  }
}

const FRONTMATTER = /^(---\n)([\s\S]*?\n)(---(?:\n|$)[\s\S]*)$/;

const issueLine = (i: ContentIssue) => `  ${i.file}${i.field ? ` › ${i.field}` : ''}: ${i.message}`;

/** The old ward as content/settings/site.yaml names it. */
function currentWard(root: string): { naming: WardNaming; siteFile: string } {
  const { file, data, issue } = readSettingsFile(root, SETTINGS_FILES.site.name);
  if (issue || !data)
    throw new NewWardError([t('newWard.error.content'), issueLine(issue ?? { file, field: '', message: '' })]);
  const text = (field: 'unitKind' | 'unitName' | 'province') => {
    const value = data[field];
    if (typeof value !== 'string' || value.trim() === '')
      throw new NewWardError([t('newWard.error.settings', { file, field })]);
    return value.normalize('NFC').trim();
  };
  return { naming: { kind: text('unitKind'), name: text('unitName'), province: text('province') }, siteFile: file };
}

/** Every entry and settings file, as the content check reads them; stops on files that cannot be read. */
function readAll(root: string): ContentEntry[] {
  const entries: ContentEntry[] = [];
  const issues: ContentIssue[] = [];
  for (const name of COLLECTION_NAMES) {
    const def = COLLECTIONS[name] as CollectionDef;
    const read = readCollection(root, name, def.idFrom);
    issues.push(...read.issues);
    for (const e of read.entries)
      entries.push({ collection: name, file: e.file, id: e.id, fields: def.fields, data: e.data, body: e.body });
  }
  for (const key of SETTINGS_KEYS) {
    const def = SETTINGS_FILES[key];
    const { file, data, issue } = readSettingsFile(root, def.name);
    if (issue) issues.push(issue);
    if (data) entries.push({ collection: undefined, file, id: key, fields: def.fields, data, body: '' });
  }
  if (issues.length > 0) throw new NewWardError([t('newWard.error.content'), ...issues.map(issueLine)]);
  return entries;
}

/** Top-level keys whose values differ between two YAML texts, in the order of the new one. */
function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys({ ...after, ...before }).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/** Where one of `forms` is written in `text`: its line number and the words found. */
function mentions(text: string, forms: readonly string[]): { line: number; text: string }[] {
  const pattern = formsPattern(forms);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((m) => ({
    line: text.slice(0, m.index).split('\n').length,
    text: m[0].replace(/\s+/g, ' '),
  }));
}

/** Works out everything `npm run new-ward` would change in the project at `root`. */
export function planNewWard(root: string, options: NewWardOptions): NewWardPlan {
  const { naming: old } = currentWard(root);
  const entries = readAll(root);
  const next: WardNaming = { kind: options.unitKind, name: options.unitName, province: options.province };
  const renames = wardRenames(old, next);
  const oldUnit = `${old.kind} ${old.name}`;
  const newUnit = `${next.kind} ${next.name}`;
  const sameName = foldViLower(old.name) === foldViLower(next.name);
  const forms = sameName ? [] : [`${old.kind} ${old.name}`, ...wardNameForms(old)];
  const removal = planRemovals(entries, options.examples);
  const removed = new Map<string, Removal>(removal.removed.map((r) => [r.file, r]));

  const writes: PlannedWrite[] = [];
  const lines: string[] = [];
  const warnings: string[] = [];
  const settingsLines: string[] = [];
  const editLines: string[] = [];
  const finalTexts: { file: string; text: string; document: boolean }[] = [];

  for (const entry of entries) {
    if (removed.has(entry.file)) continue;
    const raw = normaliseText(readFileSync(join(root, entry.file), 'utf8'));
    const cleanup = removal.cleanups.get(entry.file);
    let text = raw;
    if (entry.collection === undefined) {
      if (cleanup?.orphaned) throw new Error(`${entry.file}: a required reference would be removed`);
      text = settingsText(entry.id, raw, { options, oldKind: old.kind, renames, deletions: cleanup?.deletions ?? [] });
      for (const d of cleanup?.dropped ?? [])
        editLines.push(t('newWard.report.dropped', { file: entry.file, field: d.field, value: d.value }));
      const fields = changedKeys(entry.data, readSettingsData(text));
      if (fields.length > 0)
        settingsLines.push(t('newWard.report.settings', { file: entry.file, fields: fields.join(', ') }));
    } else {
      if (cleanup) {
        const match = FRONTMATTER.exec(text);
        if (match) text = `${match[1]}${deleteYamlPaths(match[2] ?? '', cleanup.deletions)}${match[3]}`;
        for (const d of cleanup.dropped)
          editLines.push(t('newWard.report.dropped', { file: entry.file, field: d.field, value: d.value }));
      }
      if (options.examples === 'keep' && entry.data['example'] === true) {
        const renamed = renameWard(text, renames);
        text = renamed.text;
        if (renamed.count > 0)
          editLines.push(t('newWard.report.renamed', { file: entry.file, oldUnit, newUnit, count: renamed.count }));
      }
    }
    if (text !== raw) writes.push({ file: entry.file, text });
    finalTexts.push({ file: entry.file, text, document: entry.collection === 'documents' });
  }

  lines.push(...settingsLines);
  for (const r of removal.removed) {
    const entry = entries.find((e) => e.file === r.file);
    const reason = t(`newWard.report.reason.${r.reason}`, {
      oldUnit,
      issuer: String(entry?.data['issuer'] ?? ''),
    });
    lines.push(t('newWard.report.removed', { file: r.file, reason }));
  }
  const deletes = [...removal.removed.map((r) => r.file)];
  for (const asset of removal.unusedAssets) {
    if (!existsSync(join(root, asset))) continue;
    deletes.push(asset);
    lines.push(t('newWard.report.asset', { file: asset }));
  }
  lines.push(...editLines);
  // A collection left with no entries keeps its folder, so the folder stays in git and the CMS lists it.
  for (const name of COLLECTION_NAMES) {
    const had = entries.some((e) => e.collection === name);
    const keeps = entries.some((e) => e.collection === name && !removed.has(e.file));
    const keep = `content/${name}/.gitkeep`;
    if (had && !keeps && !existsSync(join(root, keep))) {
      writes.push({ file: keep, text: '' });
      lines.push(t('newWard.report.keepFolder', { file: keep }));
    }
  }
  for (const f of finalTexts)
    for (const m of mentions(f.text, forms))
      warnings.push(
        t(f.document ? 'newWard.report.leftoverDocument' : 'newWard.report.leftover', {
          file: f.file,
          line: m.line,
          text: m.text,
        }),
      );

  return { committee: committeeName(options), writes, deletes, lines, warnings };
}

/** The data of a settings file's text, {} when it does not parse. */
function readSettingsData(text: string): Record<string, unknown> {
  try {
    return (parseYaml(text, { schema: 'core' }) ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Writes and deletes what `plan` says, under `root`. */
export function applyNewWardPlan(root: string, plan: NewWardPlan): void {
  for (const file of plan.deletes) rmSync(join(root, file), { force: true });
  for (const { file, text } of plan.writes) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
}
