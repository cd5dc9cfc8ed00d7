/**
 * The security headers at work in Chromium, on the shared build served with its _headers file:
 * responses carry them; the search (Pagefind: WebAssembly and a worker) and the CMS run under
 * their policies without a violation; and the public policy is a second wall behind the
 * sanitiser, refusing inline script and inline style that would reach a page anyway.
 * Every page of the sitemap is also loaded under its policy by tests/e2e/sitemap-pages.test.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { ADMIN_CSP } from '../../src/lib/site/security-headers.ts';
import { entriesOf } from '../support/content.ts';
import { listFiles } from '../support/html.ts';
import { browserSkipReason } from '../support/browser.ts';
import { type CspWatch, watchCsp } from '../support/csp.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { assertSiteBuilt } from '../support/site.ts';
import { DESK, useSite } from '../support/visit.ts';

const skip = browserSkipReason();
const story = entriesOf(PROJECT_ROOT, 'honorees')[0];

describe('served responses', () => {
  test.each(['/', '/van-ban/', '/pagefind/pagefind.js', '/admin/'])('%s carries the security headers', async (path) => {
    assertSiteBuilt(inject('site'));
    const response = await fetch(inject('siteUrl') + path);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBeTruthy();
    expect(response.headers.get('permissions-policy')).toBeTruthy();
    const csp = response.headers.get('content-security-policy') ?? '';
    if (path === '/admin/') expect(csp).toBe(ADMIN_CSP);
    else {
      expect(csp).toMatch(/(^|; )script-src 'self'/);
      expect(csp).not.toContain("'unsafe-inline'");
    }
  });

  test('the _headers file itself is not served', async () => {
    const response = await fetch(`${inject('siteUrl')}/_headers`);
    expect(response.status).toBe(404);
  });
});

describe.skipIf(skip !== undefined)('in Chromium, under the served policies', () => {
  const site = useSite({ context: DESK, offSiteGuard: true });

  /** A new page at `path` whose policy violations and script errors are watched. */
  async function open(path: string): Promise<{ page: Page; csp: CspWatch; errors: string[] }> {
    const page = await site.context.newPage();
    const csp = await watchCsp(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(site.base + path);
    return { page, csp, errors };
  }

  test('a search runs (WebAssembly, worker, index files) and shows results without a violation', async () => {
    const { page, csp, errors } = await open('/tim-kiem/?q=thi+dua');
    await page.waitForFunction(() => {
      const list = document.getElementById('search-results');
      return list !== null && !list.hasAttribute('aria-busy') && list.querySelectorAll('li').length > 0;
    });
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    expect(await csp.take()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the CMS starts under its own policy without a violation', async () => {
    const { page, csp, errors } = await open('/admin/');
    // Decap draws its login screen or, with decap-server running, the collections.
    await page
      .getByRole('button', { name: 'Đăng nhập' })
      .or(page.getByText('Bộ sưu tập'))
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await csp.take()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a document’s original PDF still opens in the browser’s viewer under the policy', async () => {
    const files = join(inject('site').dir, 'files');
    const pdf = existsSync(files) ? listFiles(files).find((f) => f.endsWith('.pdf')) : undefined;
    if (!pdf) return; // no attachment in the shipped content
    const { page, csp } = await open(`/files/${pdf}`);
    await expect.poll(() => page.frames().some((f) => f.url().startsWith('chrome-extension://'))).toBe(true);
    expect(await csp.take()).toEqual([]);
    await page.close();
  });

  test('an inline script or style that reached a public page would be refused and reported', async () => {
    expect(story, 'the content should have a story').toBeDefined();
    const { page, csp } = await open(`/guong-sang/${story?.id}/`);
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      document.body.insertAdjacentHTML('beforeend', '<p id="inline-style" style="color: rgb(255, 0, 0)">x</p>');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const p = document.getElementById('inline-style');
      return {
        ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
        colour: p ? getComputedStyle(p).color : '',
      };
    });
    expect(outcome.ran).toBe(false);
    expect(outcome.colour).not.toBe('rgb(255, 0, 0)');
    const reported = await csp.take();
    expect(reported.some((v) => /script-src/.test(v))).toBe(true);
    expect(reported.some((v) => /style-src/.test(v))).toBe(true);
    await page.close();
  });
});
