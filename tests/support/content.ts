/**
 * Reading and editing content in a project copy, for build tests: entries come from the
 * same reader the content check uses (src/content-pipeline/read.ts), and edits change one front
 * matter field while keeping the rest of the file as the editor wrote it.
 */
import { copyFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, type Document } from 'yaml';
import { checkContent, readSettingsIds } from '../../src/content-pipeline/check.ts';
import { formatIssues } from '../../src/content-pipeline/issues.ts';
import { readCollection, type RawEntry } from '../../src/content-pipeline/read.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import type { CollectionName } from '../../src/schemas/fields.ts';

/** tests/fixtures/bad-content/: valid entries installed when the real content has none that fit. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/bad-content/', import.meta.url));

/** The entries of a collection in the project at `root`, with their ids and parsed front matter. */
export function entriesOf(root: string, collection: CollectionName): RawEntry[] {
  const def = COLLECTIONS[collection];
  return readCollection(root, collection, 'idFrom' in def ? def.idFrom : undefined).entries;
}

/** Content issues of the project at `root` as the build would print them; '' when there are none. */
export function contentProblems(root: string): string {
  const { issues } = checkContent(root);
  return issues.length === 0 ? '' : formatIssues(issues);
}

const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n|$)[\s\S]*)$/;

/** Edits the YAML front matter of `file` (relative to `root`) in place through the yaml Document API. */
export function editFrontmatter(root: string, file: string, edit: (doc: Document) => void): void {
  const path = join(root, file);
  const match = FRONTMATTER.exec(readFileSync(path, 'utf8'));
  if (!match) throw new Error(`${file} has no front matter`);
  const doc = parseDocument(match[2] ?? '');
  edit(doc);
  writeFileSync(path, `${match[1]}${doc.toString({ lineWidth: 0 })}${match[3]}`);
}

/** Reads one front matter value of `file` (relative to `root`). */
export function frontmatterValue(root: string, file: string, path: readonly (string | number)[]): unknown {
  const match = FRONTMATTER.exec(readFileSync(join(root, file), 'utf8'));
  if (!match) throw new Error(`${file} has no front matter`);
  return parseDocument(match[2] ?? '').getIn(path);
}

/** Copies a file under `root` to a new name beside it; returns the new path relative to `root`. */
export function duplicateFile(root: string, file: string, newName: string): string {
  const target = join(dirname(file), newName).split('\\').join('/');
  copyFileSync(join(root, file), join(root, target));
  return target;
}

/**
 * Installs the fixture entry tests/fixtures/bad-content/<collection>/<name>.md (and its
 * images/ folder, if any) into the copy at `root`, with its residential group and field set
 * to ids that exist in the copy's settings. Returns the entry as the content reader sees it.
 */
export function installFixture(root: string, collection: CollectionName, name: string): RawEntry {
  const file = `content/${collection}/${name}.md`;
  cpSync(join(FIXTURES, collection, `${name}.md`), join(root, file));
  const images = join(FIXTURES, collection, 'images');
  if (existsSync(images)) cpSync(images, join(root, 'content', collection, 'images'), { recursive: true });
  if (collection === 'honorees') {
    const ids = readSettingsIds(root);
    editFrontmatter(root, file, (doc) => {
      if (ids.residentialGroups[0]) doc.set('residentialGroup', ids.residentialGroups[0]);
      if (ids.fields[0]) doc.set('field', ids.fields[0]);
    });
  }
  const entry = entriesOf(root, collection).find((e) => e.file === file);
  if (!entry) throw new Error(`fixture ${file} was not read back`);
  return entry;
}

/**
 * A real entry of `collection` for which `fits` holds, so tests break real content; when the
 * shipped content has none, the named fixture is installed instead (and must fit).
 */
export function pickEntry(
  root: string,
  collection: CollectionName,
  fits: (entry: RawEntry) => boolean,
  fixture: string,
): RawEntry {
  const real = entriesOf(root, collection).find(fits);
  if (real) return real;
  const installed = installFixture(root, collection, fixture);
  if (!fits(installed)) throw new Error(`fixture ${installed.file} does not fit the test`);
  return installed;
}

/** True when the honoree entry is about a person or a household and has a photo. */
export function isPersonWithPhoto(entry: RawEntry): boolean {
  const photo = entry.data.photo as { src?: unknown } | undefined;
  return entry.data.subjectType === 'ca-nhan' && typeof photo?.src === 'string';
}
