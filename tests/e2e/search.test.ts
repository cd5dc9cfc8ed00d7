/**
 * Searching the shipped site in Chromium (shared production build): a table of queries that
 * residents, office staff and the radio team type (with and without marks, names, document
 * numbers in many forms, articles, loose typing) with the page expected first; excerpts in the
 * original Vietnamese; filters with counts in the address bar; Back; typing; the header box with
 * and without JavaScript; keyboard use; what is and is not indexed; axe-core on the results.
 * Screenshots go to test-results/e2e/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { entriesOf } from '../support/content.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { assertSiteBuilt } from '../support/site.ts';
import type { CollectionName } from '../../src/schemas/fields.ts';
import { t } from '../../src/i18n/strings.ts';
import { stripTwins } from '../../src/lib/search/twins.ts';
import { SEARCH_QUERIES, type SearchExpectation } from '../fixtures/search/queries.ts';

const skip = browserSkipReason();
const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
const AXE = readFileSync(join(PROJECT_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const SECTIONS: Partial<Record<CollectionName, string>> = {
  honorees: 'guong-sang',
  campaigns: 'phong-trao',
  documents: 'van-ban',
};

/** The page of a shipped entry; fails at load when the entry is no longer in content/. */
function pageOf([collection, id]: SearchExpectation['top']): string {
  if (!entriesOf(PROJECT_ROOT, collection).some((e) => e.id === id)) {
    throw new Error(`content/${collection}/ has no entry "${id}": update tests/fixtures/search/queries.ts`);
  }
  return `/${SECTIONS[collection]}/${id}/`;
}
const story = (id: string) => pageOf(['honorees', id]);
const QUERIES = SEARCH_QUERIES.map((e) => ({ ...e, top: pageOf(e.top) }));

if (skip) test(skip, (ctx) => ctx.skip(skip));

describe.skipIf(skip !== undefined)('searching the site', () => {
  let base = '';
  let browser: Browser;
  let desk: BrowserContext;
  let noScript: BrowserContext;
  let problems: string[] = [];

  beforeAll(async () => {
    assertSiteBuilt(inject('site'));
    base = inject('siteUrl');
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
    desk = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    noScript = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const origin = new URL(base).origin;
    await desk.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      problems.push(`request leaving the site: ${url}`);
      return route.abort();
    });
  });

  afterAll(async () => {
    await desk?.close();
    await noScript?.close();
    await browser?.close();
  });

  afterEach(() => {
    problems = [];
  });

  async function open(path: string, context: BrowserContext = desk): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`script error on ${page.url()}: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    const response = await page.goto(base + path);
    expect(response?.status(), `status of ${path}`).toBe(200);
    return page;
  }

  /** Waits until the results on screen are those of the address bar's search. */
  async function settled(page: Page): Promise<void> {
    await page.waitForFunction(() => {
      const status = document.getElementById('search-status')?.textContent ?? '';
      const list = document.getElementById('search-results');
      return status !== '' && !/…$/.test(status) && list !== null && !list.hasAttribute('aria-busy');
    });
  }

  /** Waits until the filters are drawn with their counts (they come after the results). */
  async function filtersShown(page: Page): Promise<void> {
    await page.waitForFunction(() => document.querySelector('#search-facets fieldset') !== null);
  }

  /**
   * Scrolls to the end of the list until the first page of results is there: a first search
   * shows the results whose pages were loaded to order them, the rest of the first ten follow
   * when the end of the list comes into view.
   */
  async function firstPage(page: Page): Promise<number> {
    const count = Number(/^\d+/.exec(await page.locator('#search-status').innerText())?.[0] ?? 0);
    const want = Math.min(count, 10);
    await page.waitForFunction((want) => {
      const items = document.querySelectorAll('#search-results > li');
      items[items.length - 1]?.scrollIntoView({ block: 'end' });
      return items.length >= want;
    }, want);
    return want;
  }

  async function search(path: string): Promise<Page> {
    const page = await open(path);
    await settled(page);
    return page;
  }

  const resultPaths = (page: Page) =>
    page.$$eval('#search-results > li h3 a', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );

  test(`the query table has at least 30 queries (${QUERIES.length})`, () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
  });

  for (const { q, top, section, why } of QUERIES) {
    test(`"${q}" puts ${top}${section ? `#${section}` : ''} first (${why})`, async () => {
      const page = await search(`/tim-kiem/?q=${encodeURIComponent(q)}`);
      const paths = await resultPaths(page);
      expect(paths[0], `results for "${q}": ${paths.slice(0, 5).join(', ')}`).toBe(top);
      if (section) {
        const sections = await page.$$eval('#search-results > li:first-child .search-result__sections a', (links) =>
          links.map((a) => (a as HTMLAnchorElement).hash),
        );
        expect(sections[0], `sections of the first result: ${sections.join(', ')}`).toBe(`#${section}`);
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  test('"thi dua" finds pages that only have "thi đua", with the original words marked in the excerpt', async () => {
    const page = await search('/tim-kiem/?q=thi+dua');
    const first = page.locator('#search-results > li').first();
    expect((await first.locator('h3').innerText()).toLocaleLowerCase('vi')).toContain('thi đua');
    const marks = await page.$$eval('#search-results mark', (els) => els.map((m) => m.textContent ?? ''));
    expect(
      marks.some((m) => /thi đua/i.test(m)),
      `marked: ${marks.slice(0, 8).join(' | ')}`,
    ).toBe(true);
    const shown = await page.locator('#search-results').innerText();
    expect(shown, 'no folded twins or hidden search words are shown').not.toMatch(/[〔〕〖〗]/);
    await page.close();
  });

  test('a query with marks ranks exact spellings first', async () => {
    const page = await search(`/tim-kiem/?q=${encodeURIComponent('thi đua')}`);
    const titles = await page.$$eval('#search-results > li h3', (els) =>
      els.slice(0, 5).map((h) => h.textContent ?? ''),
    );
    for (const title of titles) expect(title.toLocaleLowerCase('vi'), title).toContain('thi đua');
    await page.close();
  });

  test('the status is announced: a live region names the count and the query', async () => {
    const page = await search('/tim-kiem/?q=khuyen+hoc');
    const status = page.locator('#search-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.innerText()).toMatch(/^\d+ kết quả cho “khuyen hoc”$/);
    const count = Number((await status.innerText()).split(' ')[0]);
    expect(await firstPage(page)).toBe(Math.min(count, 10));
    expect(await page.locator('#search-results > li').count()).toBe(Math.min(count, 10));
    expect(await status.innerText(), 'the status stays as announced').toMatch(/^\d+ kết quả cho “khuyen hoc”$/);
    await page.close();
  });

  test('Pagefind runs in the search worker, started as the page loads, fetches each index file once and gets it inflated by the browser', async () => {
    const page = await desk.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${base}/tim-kiem/?q=khuyen+hoc`);
    await settled(page);
    const worker = page.workers().find((w) => /\/_astro\/search-worker\b/.test(w.url()));
    expect(worker, `workers: ${page.workers().map((w) => w.url())}`).toBeDefined();
    const onPage = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    expect(
      onPage.filter((path) => path.startsWith('/pagefind/')),
      'the page itself loads no Pagefind file',
    ).toEqual([]);
    const inWorker = await worker!.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    for (const file of ['/pagefind/pagefind.js', '/pagefind/wasm.unknown.pagefind']) {
      expect(inWorker, `the worker loads ${file}`).toContain(file);
    }
    expect(inWorker.some((path) => path.endsWith('.pf_meta'))).toBe(true);
    const inflated = await worker!.evaluate(() =>
      performance.getEntriesByName('gs:inflated').map((mark) => String((mark as PerformanceMark).detail)),
    );
    for (const kind of ['.pf_meta', '.pagefind', '.pf_index', '.pf_fragment']) {
      expect(
        inflated.some((path) => path.endsWith(kind)),
        `the browser inflates the ${kind} files (inflated: ${inflated.join(', ')})`,
      ).toBe(true);
    }
    const indexFiles = fetched.filter((path) => /^\/pagefind\/[^/]+$/.test(path));
    expect(indexFiles.length, `no index file twice: ${indexFiles.join(', ')}`).toBe(new Set(indexFiles).size);
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('where the worker cannot start, Pagefind runs on the page and results still come', async () => {
    const page = await desk.newPage();
    await page.route('**/_astro/search-worker*', (route) => route.abort());
    await page.goto(`${base}/tim-kiem/?q=khuyen+hoc`);
    await settled(page);
    expect(await page.locator('#search-status').innerText()).toMatch(/^\d+ kết quả cho “khuyen hoc”$/);
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    const onPage = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    expect(onPage, 'Pagefind loaded by the page itself').toContain('/pagefind/pagefind.js');
    await page.close();
  });

  test('a first search shows the results it ordered, the rest of the first ten once the list end is in view', async () => {
    const page = await desk.newPage();
    await page.setViewportSize({ width: 1280, height: 480 });
    await page.goto(`${base}/tim-kiem/?q=thi+dua`);
    await settled(page);
    // Two frames: time for the browser to report the end of the list in view, were it.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const count = Number(/^\d+/.exec(await page.locator('#search-status').innerText())?.[0]);
    expect(count, 'enough results to test with').toBeGreaterThan(6);
    expect(await page.locator('#search-results > li').count()).toBe(6);
    expect(await firstPage(page)).toBe(Math.min(count, 10));
    expect(await page.locator('#search-more').isVisible()).toBe(count > 10);
    await page.close();
  });

  test('filters have counts, live in the address bar, and Back undoes them', async () => {
    const page = await search('/tim-kiem/?q=thi+dua');
    await shot(page, 'search-thi-dua');
    await firstPage(page);
    const before = await resultPaths(page);
    expect(
      before.some((p) => !p.startsWith('/van-ban/')),
      'unfiltered results include other pages',
    ).toBe(true);
    const label = page.locator('fieldset[data-facet="chuyen-muc"] label', { hasText: /^Văn bản \(\d+\)$/ });
    const count = Number(/\((\d+)\)/.exec(await label.innerText())?.[1]);
    await label.click();
    await page.waitForURL(/chuyen-muc=/);
    await settled(page);
    expect(new URL(page.url()).searchParams.getAll('chuyen-muc')).toEqual(['Văn bản']);
    const after = await resultPaths(page);
    expect(after.length).toBeGreaterThan(0);
    expect(
      after.every((p) => p.startsWith('/van-ban/')),
      after.join(', '),
    ).toBe(true);
    expect(await page.locator('#search-status').innerText()).toContain(`${count} kết quả`);
    await shot(page, 'search-thi-dua-van-ban');

    await page.goBack();
    await settled(page);
    await firstPage(page);
    expect(new URL(page.url()).searchParams.has('chuyen-muc')).toBe(false);
    expect(await resultPaths(page)).toEqual(before);
    expect(await page.locator('fieldset[data-facet="chuyen-muc"] input:checked').count()).toBe(0);
    await page.close();
  });

  test('radio scripts are a collection of their own, loaded when asked for', async () => {
    const page = await search('/tim-kiem/?q=tran+minh+khoi');
    expect(
      (await resultPaths(page)).some((p) => p.startsWith('/phat-thanh/')),
      'scripts wait to be asked for',
    ).toBe(false);
    const label = page.locator('fieldset[data-facet="chuyen-muc"] label', { hasText: /^Kịch bản phát thanh$/ });
    await label.click();
    await page.waitForURL(/chuyen-muc=K/);
    await settled(page);
    const paths = await resultPaths(page);
    expect(paths[0]).toBe(`/phat-thanh${story('em-tran-minh-khoi-tra-lai-tien-danh-roi')}`);
    expect(
      paths.every((p) => p.startsWith('/phat-thanh/')),
      paths.join(', '),
    ).toBe(true);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('fieldset[data-facet="chuyen-muc"] label')].some((l) =>
        /^Kịch bản phát thanh \(\d+\)$/.test(l.textContent ?? ''),
      ),
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a shared address opens the same search, filters ticked', async () => {
    const page = await search('/tim-kiem/?q=dieu+80&chuyen-muc=V%C4%83n+b%E1%BA%A3n&nam=2022');
    await filtersShown(page);
    expect(await page.locator('#search-q').inputValue()).toBe('dieu 80');
    const ticked = await page.$$eval('#search-facets input:checked', (els) =>
      els.map((e) => `${(e as HTMLInputElement).name}=${(e as HTMLInputElement).value}`),
    );
    expect(ticked.sort()).toEqual(['chuyen-muc=Văn bản', 'nam=2022']);
    expect(await resultPaths(page)).toEqual(['/van-ban/06-2022-qh15/']);
    await page.close();
  });

  test('filters alone list entries, newest first; sorting by date is in the address', async () => {
    const page = await search('/tim-kiem/?chuyen-muc=G%C6%B0%C6%A1ng+s%C3%A1ng');
    const stories = entriesOf(PROJECT_ROOT, 'honorees');
    expect(await page.locator('#search-status').innerText()).toMatch(new RegExp(`^${stories.length} mục`));
    const dates = await page.$$eval('#search-results .search-result__meta', (els) =>
      els.map((e) => (/(\d\d)\/(\d\d)\/(\d{4})/.exec(e.textContent ?? '') ?? []).slice(1).reverse().join('-')),
    );
    expect(dates).toEqual([...dates].sort().reverse());

    await page.goto(`${base}/tim-kiem/?q=thi+dua`);
    await settled(page);
    await page.selectOption('#search-sort', 'moi-nhat');
    await page.waitForURL(/sap-xep=moi-nhat/);
    await settled(page);
    const sorted = await page.$$eval('#search-results .search-result__meta', (els) =>
      els.map((e) => (/(\d\d)\/(\d\d)\/(\d{4})/.exec(e.textContent ?? '') ?? []).slice(1).reverse().join('-')),
    );
    expect(sorted.length).toBeGreaterThan(1);
    expect(sorted).toEqual([...sorted].sort().reverse());
    await page.close();
  });

  test('results come as you type, and the address follows without a new entry per key', async () => {
    const page = await open('/tim-kiem/');
    const entries = await page.evaluate(() => history.length);
    await page.locator('#search-q').pressSequentially('tran minh khoi', { delay: 30 });
    await page.waitForURL(/q=tran\+minh\+khoi$/);
    await settled(page);
    expect((await resultPaths(page))[0]).toBe(story('em-tran-minh-khoi-tra-lai-tien-danh-roi'));
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    await page.goBack();
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  test('everything works from the keyboard: type, tick a filter with Space, follow a result with Enter', async () => {
    const page = await open('/tim-kiem/');
    await page.locator('#search-q').focus();
    await page.keyboard.type('98/2023');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=98%2F2023/);
    await settled(page);
    await filtersShown(page);
    let reached = '';
    for (let i = 0; i < 12 && reached === ''; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el?.type === 'checkbox' && el.name === 'chuyen-muc' ? el.value : '';
      });
    }
    expect(reached, 'Tab reaches a filter check box').not.toBe('');
    await page.keyboard.press('Space');
    await page.waitForURL(/chuyen-muc=/);
    await settled(page);
    const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value);
    expect(focused, 'focus stays on the check box').toBe(reached);
    await page.locator('#search-results > li h3 a').first().focus();
    const href = await page.locator('#search-results > li h3 a').first().getAttribute('href');
    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
    await page.close();
  });

  test('the header box lists results as you type, with keys to reach them', async () => {
    const page = await open('/');
    const input = page.locator('header input[name="q"]');
    await input.pressSequentially('ngo duc tai', { delay: 30 });
    const first = page.locator('header [data-suggest-panel] li a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toBe(story('anh-ngo-duc-tai-cuu-be-duoi-nuoc'));
    expect(await page.locator('header [data-suggest-status]').innerText()).toMatch(/kết quả cho “ngo duc tai”/);
    await shot(page, 'header-suggestions');
    await input.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      story('anh-ngo-duc-tai-cuu-be-duoi-nuoc'),
    );
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    expect(await page.locator('header [data-suggest-panel]').isHidden()).toBe(true);
    const all = page.locator('header .search-suggest__all');
    expect(new URL((await all.getAttribute('href')) ?? '', base).search).toBe('?q=ngo+duc+tai');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('without JavaScript the header box is a GET form to /tim-kiem/?q= and the page says what to do', async () => {
    const page = await open('/', noScript);
    const input = page.locator('header input[name="q"]');
    await input.fill('thi đua');
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=/), input.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('thi đua');
    expect(await page.locator('noscript').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href="/van-ban/"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('only entry pages are indexed, and only their main content (no header, footer or summary labels)', async () => {
    const page = await open('/tim-kiem/');
    // A string, so that the test runner leaves the browser's own import() alone.
    const pages = (await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      const all = await pf.search(null, {});
      return Promise.all(all.results.map((r) => r.data()));
    })()`)) as { url: string; content: string }[];
    const detail =
      /^\/(guong-sang|phong-trao|van-ban|thong-bao)\/[^/]+\/$|^\/phat-thanh\/(guong-sang|phong-trao|van-ban|thong-bao-su-kien)\/[^/]+\/$/;
    const counts = ['honorees', 'campaigns', 'documents', 'announcements'].map(
      (c) => entriesOf(PROJECT_ROOT, c as CollectionName).length,
    );
    expect(pages.map((p) => p.url).filter((u) => !detail.test(u))).toEqual([]);
    expect(pages.filter((p) => !p.url.startsWith('/phat-thanh/')).length).toBe(counts.reduce((a, b) => a + b, 0));
    const chrome = [t('site.skipLink'), t('search.label'), t('site.footer.hours'), t('site.footer.madeWith')];
    for (const p of pages) {
      const text = stripTwins(p.content);
      for (const words of chrome) expect(text, `${p.url}: header and footer are not indexed`).not.toContain(words);
    }
    // The labels of a story's summary list are the same on every story: not content.
    const labels = [t('honorees.field'), t('honorees.kind'), t('honorees.published')];
    for (const p of pages.filter((p) => p.url.startsWith('/guong-sang/'))) {
      const text = stripTwins(p.content);
      for (const label of labels) expect(text, `${p.url}: summary labels are not indexed`).not.toContain(label);
    }
    await page.close();
  });

  test('the results page has no WCAG 2.x A/AA or 2.2 violations (axe-core)', async () => {
    // axe-core is injected as an inline script, which the site's Content-Security-Policy refuses.
    const audit = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await audit.newPage();
    await page.goto(`${base}/tim-kiem/?q=thi%20dua`);
    await settled(page);
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<AxeResults> } }).axe;
      type AxeResults = { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] };
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
    }, AXE_TAGS);
    expect(violations).toEqual([]);
    await audit.close();
  });

  test('results arriving move nothing already on screen (layout shift under 0.1, phone and desk)', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
    try {
      for (const context of [phone, desk]) {
        const page = await context.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as { gsShift: number };
          w.gsShift = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
              if (!entry.hadRecentInput) w.gsShift += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent('thi đua')}`);
        await settled(page);
        // Wide screens open the filters and draw their counts after the results; phones keep them folded.
        if (context === desk) await filtersShown(page);
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        const shift = await page.evaluate(() => (window as unknown as { gsShift: number }).gsShift);
        expect(shift, `cumulative layout shift at ${page.viewportSize()?.width} px`).toBeLessThan(0.1);
        await page.close();
      }
    } finally {
      await phone.close();
    }
  });

  async function shot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  }
});
