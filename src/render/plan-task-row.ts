/**
 * The summary row of an entry that carries out a plan task: the task, linked to its place on
 * the plan's page, and which plan and task number it is. Rendered by
 * src/components/PlanTaskRow.astro on story, campaign and document pages and by
 * src/render/announcement.ts (announcement pages and their CMS preview).
 */
import { t } from '../i18n/strings.ts';
import type { TaskLink } from '../lib/plan/tasks.ts';
import { attr, markup, type Html } from './html.ts';
import { summaryRowHtml } from './summary-list.ts';

export function planTaskRowHtml(link: TaskLink): Html {
  return summaryRowHtml(
    t('documents.task'),
    markup`<a${attr('href', link.href)}>${link.title}</a> <span class="secondary small">(${t('documents.taskOf', { number: link.plan, n: link.n })})</span>`,
  );
}
