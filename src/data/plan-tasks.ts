/**
 * Plan tasks across the site: every task the documents declare, and every entry naming one,
 * from each collection listed in TASK_SOURCES. A collection that gains a task field
 * (`task: planTaskField()` in its declaration) joins the tracker with one line here.
 */
import { buildOnce, getAnnouncements, getCampaigns, getDocuments, getHonorees, type Entry } from './entries.ts';
import { docNumberSlug } from '../lib/legal/doc-number.ts';
import {
  taskAnchor,
  taskIndex,
  trackTasks,
  type IndexedTask,
  type TaskActivity,
  type TaskLink,
} from '../lib/plan/tasks.ts';

export type { TaskLink };
import { paths } from '../lib/site/paths.ts';
import { t } from '../i18n/strings.ts';

/** How the tracker reads one collection: its entries, and each entry's title, date and address. */
interface TaskSource {
  collection: string;
  activities(): Promise<TaskActivity[]>;
}

function source<D extends { task?: string | undefined }>(
  collection: string,
  load: () => Promise<Entry<D>[]>,
  show: { title: (data: D) => string; date: (data: D) => string; href: (id: string) => string },
): TaskSource {
  return {
    collection,
    activities: async () =>
      (await load()).flatMap(({ id, data }) =>
        data.task
          ? [{ collection, id, title: show.title(data), date: show.date(data), href: show.href(id), task: data.task }]
          : [],
      ),
  };
}

/** Collections whose entries can name a plan task. */
export const TASK_SOURCES: readonly TaskSource[] = [
  source('campaigns', getCampaigns, { title: (d) => d.title, date: (d) => d.start, href: paths.campaign }),
  source('honorees', getHonorees, { title: (d) => d.title, date: (d) => d.published, href: paths.honoree }),
  source('announcements', getAnnouncements, { title: (d) => d.title, date: (d) => d.date, href: paths.announcement }),
  source('documents', getDocuments, {
    title: (d) => t('documents.titleLine', { number: d.number, title: d.title }),
    date: (d) => d.issued,
    href: paths.document,
  }),
];

/** Every entry naming a task, from every source. */
export async function getTaskActivities(): Promise<TaskActivity[]> {
  return [
    ...(await buildOnce('plan-tasks:activities', async () =>
      (await Promise.all(TASK_SOURCES.map((s) => s.activities()))).flat(),
    )),
  ];
}

/** Every declared task by id, with the plan declaring it. */
export function getTaskIndex(): Promise<ReadonlyMap<string, IndexedTask>> {
  return buildOnce('plan-tasks:index', readTaskIndex);
}

async function readTaskIndex(): Promise<Map<string, IndexedTask>> {
  const documents = await getDocuments();
  // Oldest first, so a task declared twice (which the content check refuses) resolves stably.
  return taskIndex(
    [...documents].reverse().map((d) => ({ file: d.filePath, number: d.data.number, tasks: d.data.tasks })),
  );
}

/** The tracker of one plan document: its tasks in order, each with what was done. */
export async function getPlanTracker(tasks: Parameters<typeof trackTasks>[0]) {
  return trackTasks(tasks, await getTaskActivities());
}

/** The link to a task on its plan's page; undefined when no document declares it. */
export async function taskLink(id: string | undefined): Promise<TaskLink | undefined> {
  if (!id) return undefined;
  const task = (await getTaskIndex()).get(id);
  if (!task) return undefined;
  return {
    title: task.title,
    n: task.index + 1,
    plan: task.document,
    href: `${paths.document(docNumberSlug(task.document))}#${taskAnchor(task.id)}`,
  };
}
