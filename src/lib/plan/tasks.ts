/**
 * A plan's tasks as a public tracker. A plan document (08/KH-UBND) declares its tasks, each
 * with an id; stories, campaigns, documents (and any other collection with a task field)
 * name the task they carry out. This module indexes the declared tasks, finds the problems
 * the build and the CMS refuse (an id that is not a slug, an id declared twice, a task
 * reference naming no declared task) and groups the entries naming each task for the plan's
 * page. Problems are codes and values; the caller words them.
 */
import type { Coded } from '../text/message.ts';

/** A task id: lower-case ASCII letters and digits in words joined by single hyphens. */
export const TASK_ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

/** Longest task id accepted: ids appear in addresses (#nhiem-vu-…) and front matter. */
export const TASK_ID_MAX_LENGTH = 60;

const TASK_ID = new RegExp(TASK_ID_PATTERN);

/** True when `id` may be a task id. */
export function isTaskId(id: string): boolean {
  return id.length <= TASK_ID_MAX_LENGTH && TASK_ID.test(id);
}

/** A task as a plan document declares it. */
export interface PlanTask {
  id: string;
  title: string;
  lead: string;
  partners?: string | undefined;
  due?: string | undefined;
}

/** The task ids a document declares, with the file it was read from: what the rules need. */
export interface DeclaredTaskIds {
  file: string;
  /** Number of the document, e.g. "08/KH-UBND". */
  number: string;
  tasks: readonly { id: string }[];
}

/** A document that may declare tasks, with the file it was read from. */
export interface TaskDeclarer extends DeclaredTaskIds {
  tasks: readonly PlanTask[];
}

/** A declared task with where it is declared. */
export interface IndexedTask extends PlanTask {
  /** Number of the document that declares it. */
  document: string;
  file: string;
  /** Position in the document's list (0-based): the tracker keeps the plan's order. */
  index: number;
}

/**
 * Every declared task by id. When an id is declared twice, the first declaration (in the order
 * given) is kept; taskProblems reports the second.
 */
export function taskIndex(documents: readonly TaskDeclarer[]): Map<string, IndexedTask> {
  const out = new Map<string, IndexedTask>();
  for (const doc of documents)
    doc.tasks.forEach((task, index) => {
      if (!out.has(task.id)) out.set(task.id, { ...task, document: doc.number, file: doc.file, index });
    });
  return out;
}

/** A plan task as an entry page links to it: the task, which plan and which number, its address. */
export interface TaskLink {
  title: string;
  /** Position in the plan, from 1. */
  n: number;
  /** Number of the plan, e.g. "08/KH-UBND". */
  plan: string;
  href: string;
}

/** An entry's task references, found through its field declaration by the caller. */
export interface TaskUse {
  file: string;
  /** Dotted path of the field, e.g. "task". */
  field: string;
  value: string;
}

export type TaskCode = 'error.taskDuplicate' | 'error.taskUnknown' | 'error.taskNone';

export interface TaskProblem extends Coded<TaskCode> {
  file: string;
  field: string;
}

/**
 * Problems across documents and the entries naming their tasks: a task id declared twice (in
 * one document or two; reported at the later declaration, naming the first), and a task
 * reference that names no declared task (listing the valid ids, or saying that no document
 * declares any). Ids that are not slugs are refused by the field's pattern before this runs.
 */
export function taskProblems(documents: readonly DeclaredTaskIds[], uses: readonly TaskUse[]): TaskProblem[] {
  const out: TaskProblem[] = [];
  const first = new Map<string, { file: string; field: string }>();
  for (const doc of documents)
    doc.tasks.forEach((task, i) => {
      const field = `tasks[${i}].id`;
      const other = first.get(task.id);
      if (other)
        out.push({
          file: doc.file,
          field,
          code: 'error.taskDuplicate',
          params: { id: task.id, otherFile: other.file, otherField: other.field },
        });
      else first.set(task.id, { file: doc.file, field });
    });
  const ids = [...first.keys()];
  for (const use of uses) {
    if (first.has(use.value)) continue;
    out.push(
      ids.length === 0
        ? { file: use.file, field: use.field, code: 'error.taskNone', params: { id: use.value } }
        : {
            file: use.file,
            field: use.field,
            code: 'error.taskUnknown',
            params: { id: use.value, ids: ids.join(', ') },
          },
    );
  }
  return out;
}

/** An entry naming a task, as the tracker shows it: from any collection. */
export interface TaskActivity {
  /** The collection, so the caller can say what kind of entry it is. */
  collection: string;
  id: string;
  title: string;
  /** Plain date (YYYY-MM-DD) the entry is dated by: a story's publication, a campaign's start. */
  date: string;
  href: string;
  task: string;
}

/** One row of the tracker: a task and what was done for it, newest first. */
export interface TrackedTask {
  task: PlanTask;
  activities: TaskActivity[];
}

/**
 * The tracker of one plan: its tasks in the plan's order, each with the entries naming it,
 * newest first (then by title, then by collection and id, so the order is stable).
 */
export function trackTasks(tasks: readonly PlanTask[], activities: readonly TaskActivity[]): TrackedTask[] {
  return tasks.map((task) => ({
    task,
    activities: activities
      .filter((a) => a.task === task.id)
      .sort(
        (a, b) =>
          b.date.localeCompare(a.date) ||
          a.title.localeCompare(b.title, 'vi') ||
          a.collection.localeCompare(b.collection) ||
          a.id.localeCompare(b.id),
      ),
  }));
}

/** The anchor of a task on its plan's page: "nhiem-vu-tuyen-truyen". */
export function taskAnchor(id: string): string {
  return `nhiem-vu-${id}`;
}
