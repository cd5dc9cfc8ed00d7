/**
 * A resident on a phone (Chromium, 390×844) meets the ward's stories: from the home page to
 * their residential group, then to a story; the story's photo loads; the Zalo and Facebook
 * links share the story's own address and "copy link" copies it; the story reads the same
 * with JavaScript off; axe-core finds no WCAG 2.x A/AA violation on the three pages.
 * Screenshots of the home page, a residential group and a story go to test-results/e2e/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readSettingsFile } from '../../src/content-pipeline/read.ts';
import { t } from '../../src/i18n/strings.ts';
import { axeViolations } from '../support/axe.ts';
import { browserSkipReason } from '../support/browser.ts';
import { entriesOf } from '../support/content.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { PHONE, SHOTS, useSite } from '../support/visit.ts';

const skip = browserSkipReason();
const SITE_URL = String(readSettingsFile(PROJECT_ROOT, 'site').data?.siteUrl ?? '').replace(/\/+$/, '');
const stories = entriesOf(PROJECT_ROOT, 'honorees');
const hasPhoto = (id: string) =>
  typeof (stories.find((s) => s.id === id)?.data.photo as { src?: unknown } | undefined)?.src === 'string';

if (skip) test(skip, (ctx) => ctx.skip(skip));

describe.skipIf(skip !== undefined)('a resident finds a neighbour’s story and shares it', () => {
  const site = useSite({ context: PHONE, clipboard: true, offSiteGuard: true });

  /** Scrolls through the page so lazy images load, then takes a full-page screenshot. */
  async function shot(page: Page, name: string): Promise<void> {
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 50));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  }

  test('home → a residential group → a story, whose photo loads and whose share links are right', async () => {
    const page = site.watch(await site.context.newPage());
    await page.goto(`${site.base}/`);
    await shot(page, 'honorees-home');

    // The home page lists the residential groups; pick one whose stories include a photo.
    const groupLinks = await page.$$eval('a[href^="/guong-sang/to-dan-pho/"]', (as) =>
      as.map((a) => a.getAttribute('href') ?? '').filter((h) => /^\/guong-sang\/to-dan-pho\/[^/]+\/$/.test(h)),
    );
    expect(groupLinks.length, 'the home page links residential groups').toBeGreaterThan(0);
    const groupOf = (href: string) => href.split('/')[3] ?? '';
    const group =
      groupLinks.find((h) => stories.some((s) => s.data.residentialGroup === groupOf(h) && hasPhoto(s.id))) ??
      groupLinks[0];
    if (!group) return;
    await Promise.all([page.waitForURL(`**${group}`), page.locator(`main a[href="${group}"]`).first().click()]);
    const h1 = await page.locator('h1').innerText();
    const groupName = (
      readSettingsFile(PROJECT_ROOT, 'residential-groups').data?.groups as { id: string; name: string }[]
    ).find((g) => g.id === groupOf(group))?.name;
    expect(h1).toContain(groupName ?? '?');
    const expected = stories.filter((s) => s.data.residentialGroup === groupOf(group));
    await expect
      .poll(() => page.locator('main').innerText())
      .toContain(t('honorees.count', { count: expected.length }));
    await shot(page, 'honorees-group');

    const story = expected.find((s) => hasPhoto(s.id)) ?? expected[0];
    if (!story) return;
    const storyPath = `/guong-sang/${story.id}/`;
    await Promise.all([
      page.waitForURL(`**${storyPath}`),
      page.locator(`main article.card a[href="${storyPath}"]`).first().click(),
    ]);
    await expect.poll(() => page.locator('h1').innerText()).toBe(String(story.data.title));

    if (hasPhoto(story.id)) {
      const alt = String((story.data.photo as { alt: string }).alt);
      const img = page.locator('main figure img');
      expect(await img.getAttribute('alt')).toBe(alt);
      const loaded = await img.evaluate(
        (el: HTMLImageElement) =>
          new Promise<{ width: number; src: string }>((resolve) => {
            const done = () => resolve({ width: el.naturalWidth, src: el.currentSrc });
            if (el.complete) done();
            else {
              el.addEventListener('load', done, { once: true });
              el.addEventListener('error', done, { once: true });
            }
          }),
      );
      expect(loaded.width, 'the photo loads').toBeGreaterThan(0);
      expect(loaded.src).toMatch(/\.webp$/);
    }

    const canonical = `${SITE_URL}${storyPath}`;
    const zalo = new URL((await page.locator('[data-share-zalo]').getAttribute('href')) ?? '');
    expect(zalo.hostname).toBe('button-share.zalo.me');
    const payload = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(atob(zalo.searchParams.get('d') ?? ''), (c) => c.charCodeAt(0))),
    );
    expect(payload).toEqual({ url: canonical });
    const facebook = new URL((await page.locator('[data-share-facebook]').getAttribute('href')) ?? '');
    expect(facebook.origin + facebook.pathname).toBe('https://www.facebook.com/sharer/sharer.php');
    expect(facebook.searchParams.get('u')).toBe(canonical);

    const copy = page.locator('[data-share-copy] button');
    await expect.poll(() => copy.isVisible(), { message: 'with JavaScript, "copy link" appears' }).toBe(true);
    await copy.click();
    await expect.poll(() => page.locator('[data-share-status]').innerText()).toBe(t('share.copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    await shot(page, 'honorees-story');
    expect(site.problems).toEqual([]);
    await page.close();
  });

  test('a story reads in full with JavaScript off, with plain share links and no copy button', async () => {
    const noJs = await site.browser.newContext({ viewport: PHONE.viewport, javaScriptEnabled: false });
    const story = stories[0];
    if (!story) return;
    const page = await noJs.newPage();
    await page.goto(`${site.base}/guong-sang/${story.id}/`);
    expect(await page.locator('h1').innerText()).toBe(String(story.data.title));
    const lastParagraph =
      story.body
        .trim()
        .split(/\n\s*\n/)
        .at(-1)
        ?.replace(/\s+/g, ' ')
        .slice(0, 40) ?? '';
    expect((await page.locator('main').innerText()).replace(/\s+/g, ' ')).toContain(lastParagraph);
    expect(await page.locator('[data-share-zalo]').isVisible()).toBe(true);
    expect(await page.locator('[data-share-facebook]').isVisible()).toBe(true);
    expect(await page.locator('[data-share-copy]').isVisible()).toBe(false);
    await noJs.close();
  });

  test.each([
    ['the home page', '/'],
    ['a residential group', `/guong-sang/to-dan-pho/${String(stories[0]?.data.residentialGroup)}/`],
    ['a story', `/guong-sang/${stories.find((s) => hasPhoto(s.id))?.id ?? stories[0]?.id}/`],
    ['the stories list', '/guong-sang/'],
  ])('%s has no WCAG 2.x A/AA violations (axe-core)', async (_, path) => {
    // axe-core is injected as an inline script, which the site's Content-Security-Policy
    // rightly refuses: this context alone lets it in.
    const axeContext = await site.browser.newContext({
      viewport: PHONE.viewport,
      isMobile: true,
      locale: 'vi-VN',
      bypassCSP: true,
    });
    const page = await site.open(path, axeContext);
    expect(await axeViolations(page)).toEqual([]);
    expect(site.problems).toEqual([]);
    await axeContext.close();
  });
});
