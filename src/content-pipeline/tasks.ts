/**
 * Plan tasks in content: the task references an entry holds, found through its field
 * declaration (any collection with a `task` field, so a new collection needs no change here),
 * and the problems the build and the CMS word from src/lib/plan/tasks.ts.
 */
import type { Fields } from '../schemas/fields.ts';
import {
  taskProblems,
  type DeclaredTaskIds,
  type PlanTask,
  type TaskDeclarer,
  type TaskUse,
} from '../lib/plan/tasks.ts';
import { word } from '../i18n/wording/message.ts';
import { fieldPath, type ContentIssue } from './issues.ts';

/** Every task reference in `data`, with the dotted path it sits at. */
export function taskUsesIn(
  fields: Fields,
  data: Record<string, unknown>,
  path: PropertyKey[] = [],
): Omit<TaskUse, 'file'>[] {
  const out: Omit<TaskUse, 'file'>[] = [];
  for (const [name, f] of Object.entries(fields)) {
    const value = data[name];
    if (value === undefined || value === null) continue;
    if (f.kind === 'task') {
      const values = Array.isArray(value) ? value : [value];
      values.forEach((v, i) => {
        if (typeof v === 'string')
          out.push({ field: fieldPath(Array.isArray(value) ? [...path, name, i] : [...path, name]), value: v });
      });
    } else if (f.kind === 'object' && typeof value === 'object') {
      out.push(...taskUsesIn(f.fields, value as Record<string, unknown>, [...path, name]));
    } else if (f.kind === 'list' && Array.isArray(value)) {
      value.forEach((item, i) => {
        if (item && typeof item === 'object')
          out.push(...taskUsesIn(f.fields, item as Record<string, unknown>, [...path, name, i]));
      });
    }
  }
  return out;
}

/** A document's declared tasks, read from its validated front matter. */
export function declarerOf(file: string, data: Record<string, unknown>): TaskDeclarer {
  const tasks = Array.isArray(data['tasks']) ? (data['tasks'] as PlanTask[]) : [];
  return { file, number: String(data['number'] ?? ''), tasks };
}

/** The task problems of the given documents and entries, worded. */
export function taskIssues(
  documents: readonly DeclaredTaskIds[],
  entries: readonly { file: string; fields: Fields; data: Record<string, unknown> }[],
): ContentIssue[] {
  const uses = entries.flatMap((e) => taskUsesIn(e.fields, e.data).map((u) => ({ ...u, file: e.file })));
  return taskProblems(documents, uses).map((p) => ({ file: p.file, field: p.field, message: word(p) }));
}
