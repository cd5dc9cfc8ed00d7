/**
 * A story's facts: who (with what kind of subject), residential group, field, kind of
 * achievement, campaigns, plan task and publication date. Rendered by
 * src/components/StoryFacts.astro on /guong-sang/<id>/ (which links the browse pages of each
 * value) and by the story preview (which draws the same rows without those links).
 */
import { t } from '../i18n/strings.ts';
import { formatViDate } from '../lib/dates/plain-date.ts';
import type { TaskLink } from '../lib/plan/tasks.ts';
import { attr, markup, type Html } from './html.ts';
import { linkedHtml, type Linked } from './linked.ts';
import { planTaskRowHtml } from './plan-task-row.ts';
import { summaryListHtml, summaryRowHtml as row } from './summary-list.ts';

export interface StoryFacts {
  /** The name as the page may show it (or the words for an anonymous subject). */
  name: string;
  /** The kind of subject in words ("Cá nhân"); '' while the CMS form has none. */
  subjectType: string;
  /** Names of the residential group, the field and the kind of achievement, each linked to its stories. */
  group: Linked;
  field: Linked;
  kind: Linked;
  /** Titles of its campaigns (the CMS shows an id whose title it does not know). */
  campaigns: readonly Linked[];
  /** The plan task it carries out, when a plan declares it. */
  task?: TaskLink | undefined;
  /** The plain date it was published, linked to the stories of that year; the CMS leaves it out until it is a real date. */
  published?: { date: string; href?: string | undefined } | undefined;
}

/**
 * The white space the page's markup always wrote after the name (Astro kept the line break and
 * indentation that followed it in the .astro slot); written still, so the built pages stay
 * byte-identical. It shows as nothing.
 */
const WHO_TRAIL = '\n      ';

/** The summary list under the story's title (and photo). */
export function storyFactsHtml(facts: StoryFacts): Html {
  const { published } = facts;
  const time = published && markup`<time${attr('datetime', published.date)}>${formatViDate(published.date)}</time>`;
  return summaryListHtml([
    row(t('honorees.who'), [facts.subjectType ? `${facts.name} (${facts.subjectType})` : facts.name, WHO_TRAIL]),
    row(t('honorees.group'), linkedHtml(facts.group)),
    row(t('honorees.field'), linkedHtml(facts.field)),
    row(t('honorees.kind'), linkedHtml(facts.kind)),
    facts.campaigns.length > 0 &&
      row(
        t('honorees.campaigns'),
        markup`<ul class="link-list">${facts.campaigns.map((c) => markup`<li>${linkedHtml(c)}</li>`)}</ul>`,
      ),
    facts.task && planTaskRowHtml(facts.task),
    published &&
      row(
        t('honorees.published'),
        published.href === undefined ? time : markup`<a${attr('href', published.href)}>${time}</a>`,
      ),
  ]);
}
