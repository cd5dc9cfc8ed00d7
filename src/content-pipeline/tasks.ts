/**
 * Plan tasks in content: the task references an entry holds, found through its field
 * declaration (any collection with a `task` field, so a new collection needs no change here),
 * and the problems the build and the CMS word from src/lib/plan/tasks.ts.
 */
import type { Fields } from '../schemas/fields.ts';
import { taskProblems, type DeclaredTaskIds, type PlanTask, type TaskDeclarer } from '../lib/plan/tasks.ts';
import { word } from '../i18n/wording/message.ts';
import type { ContentIssue } from './issues.ts';
import { valuesOfKind } from './field-values.ts';

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
  const uses = entries.flatMap((e) =>
    valuesOfKind(e.fields, e.data, 'task').map(({ field, value }) => ({ field, value, file: e.file })),
  );
  return taskProblems(documents, uses).map((p) => ({ file: p.file, field: p.field, message: word(p) }));
}
