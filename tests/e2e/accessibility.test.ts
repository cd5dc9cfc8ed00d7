/**
 * Accessibility beyond what axe-core can see (axe runs on every page of the sitemap in
 * tests/e2e/sitemap-pages.test.ts), on the shared build in Chromium:
 *
 * - keyboard only: from the home page to a story, to a search typed in the header box, to
 *   a document found by that search, using Tab, typing and Enter alone; every element that
 *   takes focus shows it (WCAG 2.4.7) and is not hidden behind anything (2.4.11);
 * - text at 200% (1.4.4) and reflow at 320 CSS pixels (1.4.10): on one page of each kind,
 *   the text really doubles, nothing scrolls sideways and no text is cut off by a box.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readSettingsFile } from '../../src/content-pipeline/read.ts';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { entriesOf } from '../support/content.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { assertSiteBuilt } from '../support/site.ts';

const skip = browserSkipReason();
if (skip) test(skip, (ctx) => ctx.skip(skip));

const honorees = entriesOf(PROJECT_ROOT, 'honorees');
const documents = entriesOf(PROJECT_ROOT, 'documents');
const siteUrlSetting = readSettingsFile(PROJECT_ROOT, 'site').data?.siteUrl;
const SITE_URL = typeof siteUrlSetting === 'string' ? siteUrlSetting.replace(/\/+$/, '') : '';

interface Focused {
  tag: string;
  name: string | null;
  href: string | null;
  text: string;
  /** Why the focus cannot be seen, or '' when it can. */
  invisible: string;
}

/** The focused element, and whether its focus indicator can be seen. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', name: null, href: null, text: '', invisible: '' };
    const style = getComputedStyle(el);
    const transparent = (colour: string) => colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour);
    const outline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && !transparent(style.outlineColor);
    const shadow = style.boxShadow !== 'none';
    const reasons: string[] = [];
    if (el.id !== 'main' && !outline && !shadow) reasons.push('no outline or box-shadow');
    const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) reasons.push('no size');
    else if (box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth)
      reasons.push('outside the viewport');
    else {
      const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      if (hit && hit !== el && !el.contains(hit) && !hit.contains(el))
        reasons.push(`covered by <${hit.tagName.toLowerCase()}>`);
    }
    return {
      tag: el.tagName.toLowerCase(),
      name: el.getAttribute('name'),
      href: el.getAttribute('href') === null ? null : new URL((el as HTMLAnchorElement).href).pathname,
      text: (el.textContent ?? '').trim().slice(0, 60),
      invisible: reasons.join(', '),
    };
  });
}

describe.skipIf(skip !== undefined)('keyboard only', () => {
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    assertSiteBuilt(inject('site'));
    base = inject('siteUrl');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('home → a story → a search from the header → a document, with focus always visible', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    const unseen: string[] = [];
    const steps: string[] = [];

    /** Presses Tab until `wanted` holds for the focused element; records any focus that cannot be seen. */
    async function tabTo(what: string, wanted: (f: Focused) => boolean, limit = 250): Promise<Focused> {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (f.invisible) unseen.push(`${new URL(page.url()).pathname}: <${f.tag}> "${f.text}": ${f.invisible}`);
        if (wanted(f)) {
          steps.push(`${what} after ${i + 1} Tab(s)`);
          return f;
        }
      }
      throw new Error(`${what}: not reached in ${limit} presses of Tab on ${page.url()}`);
    }

    const storyIds = new Set(honorees.map((h) => h.id));
    const documentIds = new Set(documents.map((d) => d.id));
    const idIn = (href: string | null, section: string, ids: Set<string>) =>
      ids.has(new RegExp(`^/${section}/([^/]+)/$`).exec(href ?? '')?.[1] ?? '');

    await page.goto(`${base}/`);
    const storyLink = await tabTo(
      'a story link on the home page',
      (f) => f.tag === 'a' && idIn(f.href, 'guong-sang', storyIds),
    );
    await Promise.all([page.waitForURL(`**${storyLink.href}`), page.keyboard.press('Enter')]);
    const story = honorees.find((h) => storyLink.href === `/guong-sang/${h.id}/`);
    expect(await page.locator('h1').first().innerText()).toContain(String(story?.data.title));

    const doc = documents.find((d) => typeof d.data.number === 'string');
    expect(doc, 'the content should have a document').toBeDefined();
    await tabTo('the search box in the header', (f) => f.tag === 'input' && f.name === 'q');
    await page.keyboard.type(String(doc?.data.number));
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?/), page.keyboard.press('Enter')]);
    await page.waitForFunction(() => {
      const list = document.getElementById('search-results');
      return list !== null && !list.hasAttribute('aria-busy') && list.querySelector('a') !== null;
    });

    const docLink = await tabTo(
      'a document in the results',
      (f) => f.tag === 'a' && idIn(f.href, 'van-ban', documentIds),
    );
    await Promise.all([page.waitForURL(`**${docLink.href}`), page.keyboard.press('Enter')]);
    const reached = documents.find((d) => docLink.href === `/van-ban/${d.id}/`);
    expect(await page.locator('h1').first().innerText()).toContain(String(reached?.data.number));
    expect(reached?.id, `the search for "${String(doc?.data.number)}" should lead to that document first`).toBe(
      doc?.id,
    );

    expect(unseen, `focus that could not be seen (${steps.join('; ')})`).toEqual([]);
    await context.close();
  });
});

/** The <loc> values of a sitemap file. */
function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
}

/** One path of each kind of page in the sitemap (same section, same depth), plus a search with results. */
function onePerKind(dir: string): string[] {
  const maps = locs(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8'));
  const paths = maps.flatMap((m) =>
    locs(readFileSync(join(dir, m.slice(SITE_URL.length + 1)), 'utf8')).map((u) => u.slice(SITE_URL.length)),
  );
  // A second segment that has pages below it is a folder (/guong-sang/to-dan-pho/…), otherwise an entry's id.
  const folders = new Set(
    paths
      .map((p) => p.split('/').filter(Boolean))
      .filter((p) => p.length > 2)
      .map((p) => `${p[0]}/${p[1]}`),
  );
  const kinds = new Map<string, string>();
  for (const path of paths) {
    const parts = path.split('/').filter(Boolean);
    const second = parts.length > 1 && folders.has(`${parts[0]}/${parts[1]}`) ? parts[1] : '*';
    const kind = `${parts[0] ?? ''}/${parts.length}/${second}`;
    const kept = kinds.get(kind);
    // The longest text of a kind is the hardest to fit: prefer the biggest page file.
    const size = (p: string) => readFileSync(join(dir, p, 'index.html')).length;
    if (!kept || size(path) > size(kept)) kinds.set(kind, path);
  }
  return [...kinds.values(), '/tim-kiem/?q=thi+dua'];
}

/** Horizontal scrolling of the page, and boxes that cut their text off. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      out.push(`scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}>`;
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(el);
      if (el.clientWidth <= 2 || el.clientHeight <= 2 || style.position === 'fixed') continue; // visually hidden helpers
      const clipsX = /hidden|clip/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const clipsY = /hidden|clip/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
      const ellipsis = style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1;
      if ((clipsX || clipsY || ellipsis) && (el.textContent ?? '').trim() !== '')
        out.push(
          `${describe(el)} cuts off its text (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`,
        );
    }
    return out;
  });
}

describe.skipIf(skip !== undefined)('text at 200% and reflow at 320 CSS pixels', () => {
  let browser: Browser;
  let base = '';
  let paths: string[] = [];

  beforeAll(async () => {
    const site = inject('site');
    assertSiteBuilt(site);
    base = inject('siteUrl');
    paths = onePerKind(site.dir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('at 320 px wide, no page kind scrolls sideways or cuts text off', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'vi-VN' });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(base + path, { waitUntil: 'load' });
      problems.push(...(await layoutProblems(page)).map((p) => `${path}: ${p}`));
    }
    expect(paths.length).toBeGreaterThan(5);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('with text at 200% on a 1280 px screen, text doubles and no page kind scrolls sideways or cuts text off', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(base + path, { waitUntil: 'load' });
      const sample = 'main p, main li, main h1';
      const before = await page.$eval(sample, (el) => parseFloat(getComputedStyle(el).fontSize));
      // What a reader's "text size 200%" does: the root size doubles, and rem/em sizes follow it.
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const after = await page.$eval(sample, (el) => parseFloat(getComputedStyle(el).fontSize));
      if (after < before * 1.9) problems.push(`${path}: text grew from ${before}px to ${after}px only`);
      problems.push(...(await layoutProblems(page)).map((p) => `${path}: ${p}`));
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
