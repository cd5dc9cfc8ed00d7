/**
 * A plan's tasks, in the plan's order: each with a heading, its lead unit (and partners and
 * timing when the plan names them) and, on the site, what was done so far: the entries that
 * name the task, newest first, or a plain sentence when nothing is recorded yet. Rendered by
 * src/components/PlanTracker.astro and the CMS document preview (which shows the tasks being
 * edited, without the entries: those are only known to the build).
 */
import { t, tMaybe } from '../i18n/strings.ts';
import { formatViDate } from '../lib/dates/plain-date.ts';
import { taskAnchor, type PlanTask, type TaskActivity } from '../lib/plan/tasks.ts';
import { attr, markup, trusted, type Html } from './html.ts';

/** One task as drawn: with its activities on the site, without them (undefined) in the preview. */
export interface PlanTaskRow {
  task: PlanTask;
  activities?: readonly TaskActivity[] | undefined;
}

/** What an entry naming a task is, in words: "Phong trào thi đua", "Gương sáng". */
export function activityKind(collection: string): string {
  return tMaybe(`documents.tasks.kind.${collection}`) ?? collection;
}

function factsHtml(task: PlanTask): Html {
  const row = (term: string, value: string | undefined) =>
    value && markup`<div class="summary-list__row"><dt>${term}</dt><dd>${value}</dd></div>`;
  return markup`
    <dl class="summary-list plan-task__facts">
      ${row(t('documents.tasks.lead'), task.lead)}
      ${row(t('documents.tasks.partners'), task.partners)}
      ${row(t('documents.tasks.due'), task.due)}
    </dl>`;
}

function activitiesHtml(activities: readonly TaskActivity[]): Html {
  if (activities.length === 0) return markup`<p class="plan-task__none">${t('documents.tasks.none')}</p>`;
  return markup`
    <p class="plan-task__count">${t('documents.tasks.count', { count: activities.length })}</p>
    <ul class="link-list plan-task__activities">
      ${activities.map(
        (a) => markup`
          <li>
            <a${attr('href', a.href)}>${a.title}</a>
            <span class="secondary small"> · ${activityKind(a.collection)} · <time${attr('datetime', a.date)}>${formatViDate(a.date)}</time></span>
          </li>`,
      )}
    </ul>`;
}

/** The tasks as an ordered list, each under a heading of `level`; on the site, a count first. */
export function planTasksHtml(rows: readonly PlanTaskRow[], level: 3 | 4 = 3): Html {
  const tag = trusted(`h${level}`);
  const tracked = rows.every((r) => r.activities !== undefined);
  const done = rows.filter((r) => (r.activities?.length ?? 0) > 0).length;
  return markup`
    ${tracked && markup`<p class="plan-tracker__summary">${t('documents.tasks.summary', { count: rows.length, done, open: rows.length - done })}</p>`}
    <ol class="plan-tracker">
      ${rows.map(
        (row, i) => markup`
          <li class="plan-task"${attr('id', taskAnchor(row.task.id))}>
            <${tag} class="plan-task__title"><span class="plan-task__number">${t('documents.tasks.number', { n: i + 1 })}</span> ${row.task.title}</${tag}>
            ${factsHtml(row.task)}
            ${row.activities && activitiesHtml(row.activities)}
          </li>`,
      )}
    </ol>`;
}
