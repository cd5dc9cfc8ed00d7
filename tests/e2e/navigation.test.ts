/**
 * A resident on a phone (390×844): skip link, header search, a story from the home page with
 * its photo, a document page, and axe-core's WCAG 2.x A/AA rules on the home page and a
 * story. Runs against the shared production build served by tests/e2e/global-setup.ts.
 * Screenshots go to test-results/e2e/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { RawEntry } from '../../src/content-pipeline/read.ts';
import { axeViolations } from '../support/axe.ts';
import { browserSkipReason } from '../support/browser.ts';
import { entriesOf } from '../support/content.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { PHONE, SHOTS, useSite } from '../support/visit.ts';

const skip = browserSkipReason();

const honorees = entriesOf(PROJECT_ROOT, 'honorees');
const documents = entriesOf(PROJECT_ROOT, 'documents');

// Reported as a skipped test whose name and note give the reason.
if (skip) test(skip, (ctx) => ctx.skip(skip));

describe.skipIf(skip !== undefined)('a resident on a phone', () => {
  // site.problems: same-origin failures, script errors and requests leaving the site, per test.
  const site = useSite({ context: PHONE, offSiteGuard: true });

  async function shot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  }

  /** Links on the current page to entry pages under `/<section>/<id>/`, with the entry. */
  async function entryLinks(page: Page, section: string, entries: RawEntry[]) {
    const hrefs = await page.$$eval('a[href]', (links) =>
      links.map((a) => ({ raw: a.getAttribute('href') ?? '', path: new URL((a as HTMLAnchorElement).href).pathname })),
    );
    return hrefs.flatMap(({ raw, path }) => {
      const match = new RegExp(`^/${section}/([^/]+)/$`).exec(path);
      const entry = match ? entries.find((e) => e.id === match[1]) : undefined;
      return entry ? [{ raw, entry }] : [];
    });
  }

  test('the skip link is the first focusable element and moves focus to the main content', async () => {
    const page = await site.open('/');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const box = el?.getBoundingClientRect();
      return {
        tag: el?.tagName.toLowerCase(),
        href: el?.getAttribute('href'),
        visible: !!box && box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < window.innerHeight,
      };
    });
    await shot(page, 'home-skip-link-focused');
    expect(first, 'first Tab on the home page').toEqual({ tag: 'a', href: '#main', visible: true });
    await page.keyboard.press('Enter');
    const focusInMain = () =>
      page.evaluate(() => {
        const main = document.getElementById('main');
        const active = document.activeElement;
        return !!main && !!active && (active === main || main.contains(active));
      });
    let inMain = await focusInMain();
    if (!inMain) {
      // Browsers move the sequential focus start point to a non-focusable target: the next Tab must land inside it.
      await page.keyboard.press('Tab');
      inMain = await focusInMain();
    }
    expect(inMain, 'after following the skip link, focus is in #main').toBe(true);
    expect(new URL(page.url()).hash).toBe('#main');
    expect(site.problems).toEqual([]);
    await page.close();
  });

  test('the header search form submits to /tim-kiem/?q=…', async () => {
    const page = await site.open('/');
    const input = page.locator('header form input[name="q"]').first();
    if (!(await input.isVisible())) {
      // A collapsed search on small screens: open it with the header control that owns it.
      const toggle = page.locator('header [aria-controls][aria-expanded="false"]').first();
      if (await toggle.count()) await toggle.click();
    }
    await input.fill('thi đua');
    await shot(page, 'home-search-filled');
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?/), input.press('Enter')]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/tim-kiem/');
    expect(url.searchParams.get('q')).toBe('thi đua');
    await page.waitForLoadState('networkidle');
    await shot(page, 'search-results');
    expect(site.problems).toEqual([]);
    await page.close();
  });

  test('a story opens from the home page and its photo loads', async () => {
    const page = await site.open('/');
    const links = await entryLinks(page, 'guong-sang', honorees);
    expect(links.length, 'the home page should link to stories').toBeGreaterThan(0);
    const choice = links.find((l) => hasPhoto(l.entry)) ?? links[0];
    if (!choice) return;
    const link = page.locator(`a[href="${choice.raw}"]:visible`).first();
    await Promise.all([page.waitForURL(`**/guong-sang/${choice.entry.id}/`), link.click()]);
    await expect.poll(() => page.locator('h1').first().innerText()).toContain(String(choice.entry.data.title));

    const photoStory = hasPhoto(choice.entry) ? choice.entry : honorees.find(hasPhoto);
    if (photoStory && photoStory !== choice.entry) await page.goto(`${site.base}/guong-sang/${photoStory.id}/`);
    if (photoStory) {
      const alt = String((photoStory.data.photo as { alt: string }).alt);
      const img = page.locator('main').getByRole('img', { name: alt.trim(), exact: true });
      await img
        .first()
        .waitFor({ state: 'attached', timeout: 5_000 })
        .catch(() => undefined);
      expect(await img.count(), `an <img> in <main> with the story's alt text "${alt}"`).toBeGreaterThan(0);
      await img.first().scrollIntoViewIfNeeded();
      const natural = await img.first().evaluate(
        (el: HTMLImageElement) =>
          new Promise<number>((resolve) => {
            if (el.complete) return resolve(el.naturalWidth);
            el.addEventListener('load', () => resolve(el.naturalWidth), { once: true });
            el.addEventListener('error', () => resolve(0), { once: true });
          }),
      );
      expect(natural, `the photo of ${photoStory.file} should load`).toBeGreaterThan(0);
    }
    await shot(page, 'story');
    expect(site.problems).toEqual([]);
    await page.close();
  });

  test('a document page opens from the documents list', async () => {
    const page = await site.open('/van-ban/');
    const links = await entryLinks(page, 'van-ban', documents);
    expect(links.length, '/van-ban/ should link to documents').toBeGreaterThan(0);
    const choice = links[0];
    if (!choice) return;
    await Promise.all([
      page.waitForURL(`**/van-ban/${choice.entry.id}/`),
      page.locator(`a[href="${choice.raw}"]:visible`).first().click(),
    ]);
    const number = String(choice.entry.data.number);
    await expect.poll(() => page.locator('h1').first().innerText()).toContain(number);
    await shot(page, 'document');
    expect(site.problems).toEqual([]);
    await page.close();
  });

  test('the home page has no WCAG 2.x A/AA violations (axe-core)', async () => {
    const page = await site.open('/');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test('a story page has no WCAG 2.x A/AA violations (axe-core)', async () => {
    const story = honorees.find(hasPhoto) ?? honorees[0];
    expect(story, 'the content should have at least one story').toBeDefined();
    if (!story) return;
    const page = await site.open(`/guong-sang/${story.id}/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

function hasPhoto(entry: RawEntry): boolean {
  const photo = entry.data.photo as { src?: unknown; alt?: unknown } | undefined;
  return typeof photo?.src === 'string' && typeof photo.alt === 'string';
}
