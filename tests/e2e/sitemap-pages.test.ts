/**
 * Every page the sitemap lists, opened in Chromium on a phone-sized screen from the shared
 * build, served with the headers of its _headers file (scripts/lib/static-server.ts):
 *
 * - axe-core finds no WCAG 2.2 A/AA violation (tags wcag2a … wcag22aa), the accessibility
 *   duty of Circular 26/2020/TT-BTTTT for state websites;
 * - the page runs under its Content-Security-Policy without a single violation, so the
 *   policy blocks nothing the site itself needs;
 * - no script error, and nothing is requested from another site.
 *
 * One browser, two tabs sharing the list; the findings are gathered once and asserted per kind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readSettingsFile } from '../../src/content-pipeline/read.ts';
import { axeViolations } from '../support/axe.ts';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { assertSiteBuilt } from '../support/site.ts';
import { watchCsp } from '../support/csp.ts';

const skip = browserSkipReason();
if (skip) test(skip, (ctx) => ctx.skip(skip));

const siteUrlSetting = readSettingsFile(PROJECT_ROOT, 'site').data?.siteUrl;
const SITE_URL = typeof siteUrlSetting === 'string' ? siteUrlSetting.replace(/\/+$/, '') : '';

/** The <loc> values of a sitemap file. */
function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
}

/** Paths of every page in the built sitemap (sitemap-index.xml and the sitemaps it lists). */
function sitemapPaths(dir: string): string[] {
  const maps = locs(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8'));
  return maps.flatMap((map) =>
    locs(readFileSync(join(dir, map.slice(SITE_URL.length + 1)), 'utf8')).map((u) => u.slice(SITE_URL.length)),
  );
}

describe.skipIf(skip !== undefined)('every page in the sitemap', () => {
  let browser: Browser;
  let paths: string[] = [];
  const found = { axe: [] as string[], csp: [] as string[], errors: [] as string[], status: [] as string[] };

  beforeAll(async () => {
    const site = inject('site');
    assertSiteBuilt(site);
    const base = inject('siteUrl');
    const origin = new URL(base).origin;
    paths = sitemapPaths(site.dir);
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || /^(data|blob):/.test(url)) return route.continue();
      found.errors.push(`request leaving the site: ${url}`);
      return route.abort();
    });
    /** One tab working through `queue`; two run side by side, one per core. */
    async function visit(queue: string[]): Promise<void> {
      const page: Page = await context.newPage();
      const csp = await watchCsp(page);
      let current = '';
      page.on('pageerror', (error) => found.errors.push(`${current}: script error: ${error.message}`));
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        current = path;
        const response = await page.goto(base + path, { waitUntil: 'load' });
        if (response?.status() !== 200) found.status.push(`${path}: HTTP ${response?.status()}`);
        found.axe.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
        found.csp.push(...(await csp.take()).map((v) => `${path}: ${v}`));
      }
      await page.close();
    }
    const queue = [...paths];
    await Promise.all([visit(queue), visit(queue)]);
    for (const list of Object.values(found)) list.sort();
    await context.close();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
  });

  test('the sitemap lists the site’s pages, and each answers 200', () => {
    expect(paths.length).toBeGreaterThan(10);
    expect(found.status).toEqual([]);
  });

  test('no page has a WCAG 2.2 A/AA violation (axe-core)', () => {
    expect(found.axe).toEqual([]);
  });

  test('no page breaks its Content-Security-Policy', () => {
    expect(found.csp).toEqual([]);
  });

  test('no page has a script error or asks another site for anything', () => {
    expect(found.errors).toEqual([]);
  });
});
