/**
 * Content problems as editors need to read them: the file, the field and what would be
 * right. Zod issues are translated here so every message reads the same way.
 */
import type { z } from 'zod';
import { t } from '../i18n/strings.ts';
import type { Fields } from '../schemas/fields.ts';

export interface ContentIssue {
  /** Path of the file, relative to the project root (content/honorees/x.md). */
  file: string;
  /** Dotted path of the field (consent.photo, awards[0].decisionDate); empty for the whole file. */
  field: string;
  /** What is wrong and what would be right, in Vietnamese. */
  message: string;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** The declared fields of the object at `path` (skipping list indexes). */
function fieldsAt(fields: Fields, path: readonly PropertyKey[]): Fields {
  let current = fields;
  for (const p of path) {
    if (typeof p === 'number') continue;
    const f = current[String(p)];
    if (f && (f.kind === 'object' || f.kind === 'list')) current = f.fields;
  }
  return current;
}

/** Converts a zod error on `data` (the raw front matter of `file`) into content issues. */
export function zodIssues(file: string, error: z.ZodError, data: unknown, fields: Fields): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path as PropertyKey[];
    const value = valueAt(data, path);
    let message = issue.message;
    if (issue.code === 'invalid_type' && value === undefined) message = t('error.required');
    else if (issue.code === 'invalid_type') message = t('error.wrongType', { expected: issue.expected });
    else if (issue.code === 'invalid_value')
      message = t('error.invalidOption', { value: String(value), values: issue.values.map(String).join(', ') });
    else if (issue.code === 'unrecognized_keys') {
      const names = Object.keys(fieldsAt(fields, path)).join(', ');
      for (const key of issue.keys) {
        out.push({ file, field: fieldPath([...path, key]), message: t('error.unknownField', { name: key, names }) });
      }
      continue;
    }
    out.push({ file, field: fieldPath(path), message });
  }
  return out;
}

/** One line per issue: "content/honorees/x.md › consent.photo: message". */
export function formatIssues(issues: readonly ContentIssue[]): string {
  const lines = issues.map((i) => `  ${i.file}${i.field ? ` › ${i.field}` : ''}: ${i.message}`);
  return [t('error.header'), ...lines].join('\n');
}

/** Error thrown by the build when content is invalid. */
export class ContentError extends Error {
  // A plain field, not a parameter property: scripts run this file with Node's type stripping.
  readonly issues: readonly ContentIssue[];
  constructor(issues: readonly ContentIssue[]) {
    super(formatIssues(issues));
    this.issues = issues;
    this.name = 'ContentError';
  }
}
