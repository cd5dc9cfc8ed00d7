/**
 * The year's plan as a public tracker, on the shared production build in Chromium: the plan's
 * page lists its tasks in the plan's order with their lead units and the entries that name
 * each task (newest first) or says that nothing is recorded yet; an entry page links to its
 * task's anchor on the plan's page, which lands on the task; the links are reached with the
 * keyboard and show their focus; axe-core finds no WCAG 2.2 A/AA violation on the plan's page
 * and on a story's; and all of it is in the HTML, so it works the same with JavaScript off. Expected values come from content/.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { browserSkipReason } from '../support/browser.ts';
import { entriesOf } from '../support/content.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { DESK, landing, PHONE, SHOTS, useSite } from '../support/visit.ts';
import { docNumberSlug } from '../../src/lib/legal/doc-number.ts';
import { taskAnchor, type PlanTask } from '../../src/lib/plan/tasks.ts';
import { t } from '../../src/i18n/strings.ts';

const skip = browserSkipReason();
if (skip) test(skip, (ctx) => ctx.skip(skip));

const plan = entriesOf(PROJECT_ROOT, 'documents').find((d) => d.id === docNumberSlug('08/KH-UBND'));
const tasks = (plan?.data['tasks'] ?? []) as PlanTask[];
const planPath = `/van-ban/${plan?.id ?? ''}/`;

/** Entries naming each task, as the tracker must list them: path and date, newest first. */
const named = [
  ...entriesOf(PROJECT_ROOT, 'campaigns').map((e) => ({ e, path: `/phong-trao/${e.id}/`, date: e.data['start'] })),
  ...entriesOf(PROJECT_ROOT, 'honorees').map((e) => ({ e, path: `/guong-sang/${e.id}/`, date: e.data['published'] })),
  ...entriesOf(PROJECT_ROOT, 'documents').map((e) => ({ e, path: `/van-ban/${e.id}/`, date: e.data['issued'] })),
  ...entriesOf(PROJECT_ROOT, 'announcements').map((e) => ({ e, path: `/thong-bao/${e.id}/`, date: e.data['date'] })),
].filter(({ e }) => typeof e.data['task'] === 'string');
const expectedPaths = (id: string) =>
  named
    .filter(({ e }) => e.data['task'] === id)
    .sort((a, b) => String(b.date).localeCompare(String(a.date)))
    .map(({ path }) => path);

/** A story that carries out a task, to follow its link to the plan. */
const story = named.find(({ path }) => path.startsWith('/guong-sang/'));

/** The tracker as the page shows it: per task, its anchor, heading, lead, entry links and count text. */
function readTracker(page: Page) {
  return page.locator('ol.plan-tracker > li').evaluateAll((items) =>
    items.map((li) => ({
      id: li.id,
      heading: li.querySelector('h3')?.textContent ?? '',
      lead: li.querySelector('dd')?.textContent ?? '',
      links: [...li.querySelectorAll('ul a')].map((a) => a.getAttribute('href')),
      dates: [...li.querySelectorAll('ul time')].map((time) => time.getAttribute('datetime') ?? ''),
      status: li.querySelector('.plan-task__count, .plan-task__none')?.textContent ?? '',
    })),
  );
}

describe.skipIf(skip !== undefined)('the plan as a public tracker', () => {
  const site = useSite({ context: DESK, problemsPer: 'page' });
  let noScript: BrowserContext;

  beforeAll(async () => {
    noScript = await site.newContext({ viewport: PHONE.viewport, javaScriptEnabled: false });
  });

  test('content: the plan declares nine tasks, and several of them have entries', () => {
    expect(tasks).toHaveLength(9);
    expect(tasks.filter((task) => expectedPaths(task.id).length > 0).length).toBeGreaterThanOrEqual(3);
    expect(tasks.some((task) => expectedPaths(task.id).length === 0)).toBe(true);
    expect(story, 'a story names a task').toBeDefined();
  });

  async function checkTracker(page: Page) {
    const shown = await readTracker(page);
    expect(shown.map((s) => s.id)).toEqual(tasks.map((task) => taskAnchor(task.id)));
    shown.forEach((s, i) => {
      const task = tasks[i] as PlanTask;
      expect(s.heading).toBe(`${t('documents.tasks.number', { n: i + 1 })} ${task.title}`);
      expect(s.lead).toBe(task.lead);
      expect(s.links, task.id).toEqual(expectedPaths(task.id));
      expect([...s.dates].sort().reverse(), `${task.id}: newest first`).toEqual(s.dates);
      expect(s.status).toBe(
        s.links.length === 0 ? t('documents.tasks.none') : t('documents.tasks.count', { count: s.links.length }),
      );
    });
    const done = shown.filter((s) => s.links.length > 0).length;
    expect(await page.locator('.plan-tracker__summary').innerText()).toBe(
      t('documents.tasks.summary', { count: tasks.length, done, open: tasks.length - done }),
    );
    // Each task is a heading under the section's own heading.
    expect(await page.locator('section[aria-labelledby="tasks"] > h2#tasks').innerText()).toBe(t('documents.tasks'));
  }

  test('the plan’s page lists the tasks in order with their leads and the entries naming them, newest first', async () => {
    const page = await site.open(planPath);
    await checkTracker(page);
    await page.locator('#tasks').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'plan-tracker.png') });
    expect(await axeViolations(page)).toEqual([]);
    expect(site.problems).toEqual([]);
  });

  test('an entry links to its task’s anchor on the plan’s page, and the task links back to it', async () => {
    if (!story) return;
    const page = await site.open(story.path);
    const id = String(story.e.data['task']);
    const link = page.locator(`a[href="${planPath}#${taskAnchor(id)}"]`);
    expect(await link.count()).toBe(1);
    expect(await link.innerText()).toBe(tasks.find((task) => task.id === id)?.title);
    expect(await axeViolations(page)).toEqual([]);
    await Promise.all([page.waitForURL(`**${planPath}#${taskAnchor(id)}`), link.click()]);
    await expect
      .poll(() => landing(page, taskAnchor(id)))
      .toEqual({ hash: `#${taskAnchor(id)}`, isTarget: true, inView: true });
    expect(await page.locator(`#${taskAnchor(id)} a[href="${story.path}"]`).count()).toBe(1);
    expect(site.problems).toEqual([]);
  });

  test('keyboard only: Tab reaches the task link with visible focus, Enter lands on the task, Tab goes on into it', async () => {
    if (!story) return;
    const page = await site.open(story.path);
    const id = String(story.e.data['task']);
    const href = `${planPath}#${taskAnchor(id)}`;
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((href) => document.activeElement?.getAttribute('href') === href, href);
    }
    expect(reached, 'the task link is reached with Tab').toBe(true);
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return style.outlineStyle !== 'none' || style.boxShadow !== 'none';
    });
    expect(outline, 'the focused link shows its focus').toBe(true);
    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
    await expect.poll(() => landing(page, taskAnchor(id))).toMatchObject({ isTarget: true, inView: true });
    await page.screenshot({ path: join(SHOTS, 'plan-tracker-task-target.png') });
    // The task is where the keyboard goes on from: the next Tab is its newest entry.
    await page.keyboard.press('Tab');
    const first = expectedPaths(id)[0];
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
  });

  test('with JavaScript off the tracker and the link to the task are the same', async () => {
    const page = await site.open(planPath, noScript);
    await checkTracker(page);
    if (!story) return;
    const id = String(story.e.data['task']);
    const entry = await site.open(story.path, noScript);
    const link = entry.locator(`a[href="${planPath}#${taskAnchor(id)}"]`);
    await Promise.all([entry.waitForURL(`**${planPath}#${taskAnchor(id)}`), link.click()]);
    await expect.poll(() => landing(entry, taskAnchor(id))).toMatchObject({ isTarget: true, inView: true });
    // axe-core needs scripts to run; the markup is the one audited above with JavaScript on.
    expect(site.problems).toEqual([]);
  });
});
