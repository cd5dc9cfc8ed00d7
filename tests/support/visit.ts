/**
 * The frame the browser tests of the shipped site share: the shared production build served by
 * tests/e2e/global-setup.ts (`inject('siteUrl')`), one Chromium, one main browser context in
 * Vietnamese, and pages whose script errors and HTTP ≥ 400 responses land in `problems` for the
 * test to assert (`expect(site.problems).toEqual([])`).
 *
 * Call useSite() inside a `describe` block: it registers the beforeAll/afterAll hooks that launch
 * and close the browser. Its fields are filled in by beforeAll, so read them inside hooks and
 * tests (`site.base`, `site.context`); do not destructure them at the top of the block.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchBrowser } from './browser.ts';
import { PROJECT_ROOT } from './project.ts';
import { assertSiteBuilt } from './site.ts';

/** Where browser tests put their screenshots and PDFs (created by useSite()). */
export const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');

/** A phone: 390×844 CSS pixels at twice the density, with touch. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
} satisfies BrowserContextOptions;

/** An office PC's browser window. */
export const DESK = { viewport: { width: 1280, height: 900 } } satisfies BrowserContextOptions;

export interface SiteOptions {
  /** Options of the main context (viewport, isMobile, acceptDownloads…); the locale is vi-VN unless set here. */
  context: BrowserContextOptions;
  /** Lets the site's pages in the main context read and write the clipboard. */
  clipboard?: boolean;
  /** Refuses every request of the main context that leaves the site, and reports it in `problems`. */
  offSiteGuard?: boolean;
  /** When `problems` starts again empty: at each test (the default) or at each open(). */
  problemsPer?: 'test' | 'page';
}

export interface Site {
  /** The served site's address, without a trailing slash. */
  base: string;
  browser: Browser;
  /** The main context, made with SiteOptions.context. */
  context: BrowserContext;
  /** Script errors, HTTP ≥ 400 responses and (with offSiteGuard) requests leaving the site. */
  problems: string[];
  /** Collects `page`'s script errors and HTTP ≥ 400 responses in `problems`. */
  watch(page: Page): Page;
  /** A watched new page in `context` (the main one by default) at `path`, which must answer 200. */
  open(path: string, context?: BrowserContext): Promise<Page>;
  /** Another context (locale vi-VN unless set), closed after the last test. */
  newContext(options: BrowserContextOptions): Promise<BrowserContext>;
}

/** Registers the hooks that open the shared site in Chromium for the tests of this `describe` block. */
export function useSite(options: SiteOptions): Site {
  const contexts: BrowserContext[] = [];
  const site: Site = {
    base: '',
    browser: undefined as unknown as Browser,
    context: undefined as unknown as BrowserContext,
    problems: [],
    watch(page) {
      page.on('pageerror', (error) => site.problems.push(`script error on ${page.url()}: ${error.message}`));
      page.on('response', (response) => {
        if (response.status() >= 400) site.problems.push(`HTTP ${response.status()} for ${response.url()}`);
      });
      return page;
    },
    async open(path, context = site.context) {
      if (options.problemsPer === 'page') site.problems = [];
      const page = site.watch(await context.newPage());
      const response = await page.goto(site.base + path);
      expect(response?.status(), `status of ${path}`).toBe(200);
      return page;
    },
    async newContext(contextOptions) {
      const context = await site.browser.newContext({ locale: 'vi-VN', ...contextOptions });
      contexts.push(context);
      return context;
    },
  };

  beforeAll(async () => {
    assertSiteBuilt(inject('site'));
    site.base = inject('siteUrl');
    mkdirSync(SHOTS, { recursive: true });
    site.browser = await launchBrowser();
    site.context = await site.newContext(options.context);
    const origin = new URL(site.base).origin;
    if (options.clipboard) await site.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    if (options.offSiteGuard) {
      // No network here, and pages must not need one: every request leaving the site is refused and reported.
      await site.context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        site.problems.push(`request leaving the site: ${url}`);
        return route.abort();
      });
    }
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await site.browser?.close();
  });

  afterEach(() => {
    site.problems = [];
  });

  return site;
}

/** Whether the element with `id` is the :target and its top is inside the window. */
export function landing(page: Page, id: string) {
  return page.evaluate((id) => {
    const el = document.getElementById(id);
    const box = el?.getBoundingClientRect();
    return {
      hash: window.location.hash,
      isTarget: !!el && el.matches(':target'),
      inView: !!box && box.top >= -1 && box.top < window.innerHeight,
    };
  }, id);
}
