/**
 * Reads content/ from disk without Astro: used by the content check, the settings loader
 * and tests. Paths in results are relative to the project root, with forward slashes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FrontmatterError, parseMarkdownFile, parseYamlObject } from '../lib/content/frontmatter.ts';
import { entryId } from '../lib/content/ids.ts';
import type { ContentIssue } from './issues.ts';
import { t } from '../i18n/strings.ts';

export interface RawEntry {
  /** File path relative to the project root. */
  file: string;
  /** Path relative to the collection folder. */
  entry: string;
  id: string;
  data: Record<string, unknown>;
  body: string;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith('.') || name.startsWith('_')) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** All Markdown entries of one collection folder, with the problems met while parsing (.mdx files are one). */
export function readCollection(
  root: string,
  name: string,
  idFrom?: string,
): { entries: RawEntry[]; issues: ContentIssue[] } {
  const dir = join(root, 'content', name);
  const entries: RawEntry[] = [];
  const issues: ContentIssue[] = [];
  for (const path of walk(dir).filter((p) => /\.(md|mdx)$/i.test(p))) {
    const file = relative(root, path).split('\\').join('/');
    const entry = relative(dir, path).split('\\').join('/');
    // Every collection folder is edited through the CMS, so MDX (which runs code) is refused there.
    if (/\.mdx$/i.test(path)) {
      issues.push({ file, field: '', message: t('error.mdxInCms') });
      continue;
    }
    try {
      const { data, body } = parseMarkdownFile(readFileSync(path, 'utf8'));
      entries.push({ file, entry, id: entryId(idFrom, entry, data), data, body });
    } catch (error) {
      if (!(error instanceof FrontmatterError)) throw error;
      issues.push({ file, field: '', message: t('error.yaml', { message: error.message }) });
    }
  }
  return { entries, issues };
}

/** One settings file (content/settings/<name>.yaml) as raw data. */
export function readSettingsFile(
  root: string,
  name: string,
): { file: string; data?: Record<string, unknown>; issue?: ContentIssue } {
  const file = `content/settings/${name}.yaml`;
  const path = join(root, file);
  if (!existsSync(path)) return { file, issue: { file, field: '', message: t('error.settingsMissing') } };
  try {
    return { file, data: parseYamlObject(readFileSync(path, 'utf8')) };
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    return { file, issue: { file, field: '', message: t('error.yaml', { message: error.message }) } };
  }
}
