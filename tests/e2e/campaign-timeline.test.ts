/**
 * A campaign through its life on the shared production build, in Chromium (1280 wide): every
 * campaign page shows its milestones as an ordered list, in the order of the content, each
 * step with its date in a <time> and its state in words (past, current, coming on the day of
 * the build, the same "today" as the campaign's status; the current step carries
 * aria-current="step"); the registrations and results tables list who registered and who was
 * commended, in order, and every story and document they link answers; a keyboard user tabs
 * through the timeline's and the results' links, sees where the focus is, and follows a
 * result to its story, which links back to the campaign's results; axe-core finds no WCAG 2.x
 * A/AA violation; with JavaScript off the three sections read the same. Screenshots of each
 * campaign's timeline go to test-results/e2e/.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { readSettingsFile } from '../../src/content-pipeline/read.ts';
import { t, type StringKey } from '../../src/i18n/strings.ts';
import { formatViDate, todayInVietnam } from '../../src/lib/dates/plain-date.ts';
import { stepStates } from '../../src/lib/campaigns/timeline.ts';
import { axeViolations } from '../support/axe.ts';
import { browserSkipReason } from '../support/browser.ts';
import { entriesOf } from '../support/content.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { DESK, SHOTS, useSite } from '../support/visit.ts';

const skip = browserSkipReason();

interface Milestone {
  kind: string;
  date: string;
  title?: string;
  document?: string;
}
interface Registration {
  residentialGroup?: string;
  unit?: string;
  targets: string[];
}
interface Result {
  name: string;
  honoree?: string;
}

const campaigns = entriesOf(PROJECT_ROOT, 'campaigns').map((e) => ({
  id: e.id,
  title: String(e.data.title),
  milestones: (e.data.milestones ?? []) as Milestone[],
  registrations: (e.data.registrations ?? []) as Registration[],
  results: (e.data.results ?? []) as Result[],
}));
const stories = entriesOf(PROJECT_ROOT, 'honorees');
const groups = (readSettingsFile(PROJECT_ROOT, 'residential-groups').data?.groups ?? []) as {
  id: string;
  name: string;
}[];
const withLife = campaigns.filter((c) => c.milestones.length > 0);
const withResults = campaigns.filter((c) => c.results.some((r) => r.honoree));

if (skip) test(skip, (ctx) => ctx.skip(skip));

/** The three sections' text as a reader gets it. */
function sectionsText(page: Page): Promise<string[]> {
  return page.$$eval('.campaign-timeline, .campaign-registrations, .campaign-results', (sections) =>
    sections.map((s) => (s as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
  );
}

describe.skipIf(skip !== undefined)('a campaign through its life', () => {
  const site = useSite({ context: DESK, problemsPer: 'page' });
  let noScript: BrowserContext;

  beforeAll(async () => {
    noScript = await site.newContext({ viewport: DESK.viewport, javaScriptEnabled: false });
  });

  test('the shipped content has campaigns with milestones, registrations and results linking stories', () => {
    expect(withLife.length).toBeGreaterThanOrEqual(4);
    // Registrations and results are shown on the example campaigns (the ward's own 2025 campaign
    // keeps only what its plan states).
    expect(campaigns.filter((c) => c.registrations.length > 0).length).toBeGreaterThanOrEqual(2);
    expect(withResults.length).toBeGreaterThanOrEqual(1);
    // The 2026 campaigns were written to show every state on the day the feature shipped.
    const of2026 = withLife.filter((c) => c.milestones.every((m) => m.date >= '2026-01-01'));
    expect(of2026.map((c) => [...new Set(stepStates(c.milestones, '2026-12-05'))].sort())).toEqual([
      ['coming', 'current', 'past'],
      ['coming', 'current', 'past'],
    ]);
  });

  test.each(withLife.map((c) => [c.id, c] as const))(
    '%s: the timeline lists the steps in order, each dated and marked in words',
    async (_id, campaign) => {
      const page = await site.open(`/phong-trao/${campaign.id}/`);
      const today = todayInVietnam();
      const states = stepStates(campaign.milestones, today);
      const heading = page.locator('.campaign-timeline h2');
      expect(await heading.innerText()).toBe(t('campaigns.milestones'));
      const steps = await page.$$eval('.campaign-timeline ol.timeline > li', (items) =>
        items.map((li) => ({
          heading: li.querySelector('h3')?.textContent?.trim() ?? '',
          datetime: li.querySelector('time')?.getAttribute('datetime') ?? '',
          date: li.querySelector('time')?.textContent ?? '',
          state: li.getAttribute('data-state') ?? '',
          current: li.getAttribute('aria-current'),
          text: (li as HTMLElement).innerText,
        })),
      );
      expect(steps.map((s) => s.heading)).toEqual(
        campaign.milestones.map((m) => m.title ?? t(`option.milestoneKind.${m.kind}` as StringKey)),
      );
      expect(steps.map((s) => s.datetime)).toEqual(campaign.milestones.map((m) => m.date));
      expect(steps.map((s) => s.date)).toEqual(campaign.milestones.map((m) => formatViDate(m.date)));
      expect(steps.map((s) => s.state)).toEqual(states);
      // The state is written out, not only coloured.
      steps.forEach((s, i) => expect(s.text).toContain(t(`campaigns.step.${states[i] ?? 'coming'}`)));
      expect(steps.filter((s) => s.current === 'step').map((s) => s.state)).toEqual(
        states.includes('current') ? ['current'] : [],
      );
      await page
        .locator('.campaign-timeline')
        .screenshot({ path: join(SHOTS, `campaign-timeline-${campaign.id}.png`) });
      expect(site.problems).toEqual([]);
      await page.close();
    },
  );

  test.each(campaigns.filter((c) => c.registrations.length + c.results.length > 0).map((c) => [c.id, c] as const))(
    '%s: registrations and results are listed in order, and their links answer',
    async (_id, campaign) => {
      const page = await site.open(`/phong-trao/${campaign.id}/`);
      const registered = await page.$$eval('.campaign-registrations tbody th[scope="row"]', (ths) =>
        ths.map((th) => th.firstChild?.textContent?.trim()),
      );
      expect(registered).toEqual(
        campaign.registrations.map((r) =>
          r.residentialGroup ? groups.find((g) => g.id === r.residentialGroup)?.name : r.unit,
        ),
      );
      const targets = await page.$$eval('.campaign-registrations tbody tr', (rows) =>
        rows.map((tr) => [...tr.querySelectorAll('li')].map((li) => li.textContent?.trim())),
      );
      expect(targets).toEqual(campaign.registrations.map((r) => r.targets));

      const rows = await page.$$eval('.campaign-results tbody th[scope="row"]', (ths) =>
        ths.map((th) => ({
          name: th.querySelector('a')?.textContent ?? th.firstChild?.textContent ?? '',
          href: th.querySelector('a')?.getAttribute('href') ?? null,
        })),
      );
      expect(rows).toEqual(
        campaign.results.map((r) => ({ name: r.name, href: r.honoree ? `/guong-sang/${r.honoree}/` : null })),
      );
      const links = await page.$$eval('.campaign-timeline a, .campaign-results a', (as) =>
        as.map((a) => a.getAttribute('href') ?? ''),
      );
      for (const href of links) {
        const response = await page.request.get(site.base + href);
        expect(response.status(), href).toBe(200);
      }
      for (const r of campaign.results.filter((r) => r.honoree)) {
        const story = stories.find((s) => s.id === r.honoree);
        expect(story, `content/honorees/${r.honoree}.md`).toBeDefined();
      }
      expect(site.problems).toEqual([]);
      await page.close();
    },
  );

  test('keyboard: Tab reaches every link of the timeline and the results with visible focus, Enter follows a result to its story and back', async () => {
    // One with a document under a step as well as stories among its results.
    const campaign = withResults.find((c) => c.milestones.some((m) => m.document)) ?? withResults[0];
    if (!campaign) return;
    const page = await site.open(`/phong-trao/${campaign.id}/`);
    const wanted = await page.$$eval('.campaign-timeline a, .campaign-results a', (as) =>
      as.map((a) => a.getAttribute('href') ?? ''),
    );
    expect(wanted.length).toBeGreaterThan(0);
    const reached: string[] = [];
    for (let i = 0; i < 150 && reached.length < wanted.length; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || !el.closest('.campaign-timeline, .campaign-results')) return undefined;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          href: el.getAttribute('href') ?? '',
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          shadow: style.boxShadow !== 'none',
          // Chromium scrolls a focused link just into view, to a fraction of a pixel.
          inView: box.top >= -1 && box.bottom <= innerHeight + 1,
        };
      });
      if (!focus) continue;
      expect(focus.outline || focus.shadow, `focus of ${focus.href} can be seen`).toBe(true);
      expect(focus.inView, `${focus.href} is scrolled into view`).toBe(true);
      reached.push(focus.href);
    }
    expect(reached).toEqual(wanted);

    // Back to the first result's story link, then Enter.
    const result = campaign.results.find((r) => r.honoree);
    const storyPath = `/guong-sang/${result?.honoree}/`;
    await page.locator(`.campaign-results a[href="${storyPath}"]`).focus();
    await Promise.all([page.waitForURL(`**${storyPath}`), page.keyboard.press('Enter')]);
    const story = stories.find((s) => s.id === result?.honoree);
    expect(await page.locator('h1').innerText()).toBe(String(story?.data.title));
    const back = page.locator(`#campaign-results ~ ul a[href="/phong-trao/${campaign.id}/#results"]`);
    expect(await back.innerText()).toBe(campaign.title);
    await Promise.all([page.waitForURL(`**/phong-trao/${campaign.id}/#results`), back.click()]);
    expect(await page.locator('#results').innerText()).toBe(t('campaigns.results'));
    expect(site.problems).toEqual([]);
    await page.close();
  });

  test.each(withLife.map((c) => [c.id] as const))(
    '%s: at 320 CSS pixels neither the page nor its tables scroll sideways',
    async (id) => {
      const narrow = await site.newContext({ viewport: { width: 320, height: 800 } });
      const page = await site.open(`/phong-trao/${id}/`, narrow);
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - innerWidth,
        boxes: [
          ...document.querySelectorAll(
            '.campaign-timeline, .campaign-registrations .table-scroll, .campaign-results .table-scroll',
          ),
        ].map((box) => box.scrollWidth - box.clientWidth),
      }));
      expect(widths.page).toBeLessThanOrEqual(0);
      expect(
        widths.boxes.every((extra) => extra <= 0),
        JSON.stringify(widths.boxes),
      ).toBe(true);
      await page.screenshot({ path: join(SHOTS, `campaign-narrow-${id}.png`), fullPage: true });
      await narrow.close();
    },
  );

  test.each(withLife.map((c) => [c.id] as const))('%s: axe finds no WCAG 2.x A/AA violation', async (id) => {
    const page = await site.open(`/phong-trao/${id}/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test.each(withLife.map((c) => [c.id] as const))(
    '%s: the timeline, registrations and results read the same with JavaScript off',
    async (id) => {
      const withScript = await site.open(`/phong-trao/${id}/`);
      const expected = await sectionsText(withScript);
      await withScript.close();
      const page = await noScript.newPage();
      await page.goto(`${site.base}/phong-trao/${id}/`);
      const text = await sectionsText(page);
      expect(text.length).toBeGreaterThan(0);
      expect(text).toEqual(expected);
      await page.close();
    },
  );
});
