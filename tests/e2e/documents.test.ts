/**
 * Office staff looking up legal texts (1280 wide, and 390 for the phone layout) in Chromium, on
 * the shared production build: the table of contents leads to the article's anchor, the link
 * button copies the citation with the address, the quick lookup opens a document from a number
 * typed loosely, filters and link buttons work with JavaScript off, the seed plan shows its
 * sections and items with anchors, and axe-core finds no WCAG 2.x A/AA violation on the list
 * and on document pages. Screenshots go to test-results/e2e/.
 */
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { browserSkipReason } from '../support/browser.ts';
import { entriesOf } from '../support/content.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { DESK, landing, PHONE, SHOTS, useSite } from '../support/visit.ts';
import { citation, citationWithUrl, type CitableDocument } from '../../src/lib/legal/citation.ts';
import { docNumberSlug } from '../../src/lib/legal/doc-number.ts';

const skip = browserSkipReason();

const documents = entriesOf(PROJECT_ROOT, 'documents');
const law = documents.find((d) => d.id === docNumberSlug('06/2022/QH15'));
const plan = documents.find((d) => d.id === docNumberSlug('08/KH-UBND'));
const decree = documents.find((d) => d.id === docNumberSlug('98/2023/NĐ-CP'));

if (skip) test(skip, (ctx) => ctx.skip(skip));

describe.skipIf(skip !== undefined)('office staff looking up legal texts', () => {
  const site = useSite({ context: DESK, clipboard: true, problemsPer: 'page' });
  let noScript: BrowserContext;
  let phone: BrowserContext;

  beforeAll(async () => {
    noScript = await site.newContext({ viewport: PHONE.viewport, javaScriptEnabled: false });
    phone = await site.newContext({ viewport: PHONE.viewport, isMobile: true, hasTouch: true });
  });

  test('the law: an article from the table of contents, then its clause link copies the citation', async () => {
    expect(law, 'content/documents/ has 06/2022/QH15').toBeDefined();
    if (!law) return;
    const path = `/van-ban/${law.id}/`;
    const page = await site.open(path);

    const tocLink = page.locator('nav.legal__toc a[href="#dieu-80"]');
    expect(await tocLink.count(), 'the table of contents lists Điều 80').toBe(1);
    await tocLink.click();
    await expect.poll(() => landing(page, 'dieu-80')).toEqual({ hash: '#dieu-80', isTarget: true, inView: true });
    expect(await page.locator('#dieu-80 h3, #dieu-80 h4').first().innerText()).toMatch(/^Điều 80\./);
    await page.screenshot({ path: join(SHOTS, 'document-dieu-80.png') });

    const clauseLink = page.locator('#dieu-80-khoan-3 a.unit-link[href="#dieu-80-khoan-3"]');
    expect(await clauseLink.getAttribute('aria-label')).toBe('Liên kết đến Điều 80 khoản 3');
    await clauseLink.click();
    await expect
      .poll(() => landing(page, 'dieu-80-khoan-3'))
      .toMatchObject({ hash: '#dieu-80-khoan-3', isTarget: true });
    const url = `${site.base}${path}#dieu-80-khoan-3`;
    const expected = citationWithUrl('Điều 80 khoản 3 Luật Thi đua, khen thưởng số 06/2022/QH15', url);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await expect.poll(() => page.locator('#copy-status').innerText()).toContain('Điều 80 khoản 3');

    const copyDocument = page.locator('button[data-copy-citation]');
    expect(await copyDocument.isVisible(), 'the copy button shows once the script runs').toBe(true);
    await copyDocument.click();
    const docCitation = citation([], law.data as unknown as CitableDocument);
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(citationWithUrl(docCitation, `${site.base}${path}`));
    expect(site.problems).toEqual([]);
    await page.close();
  });

  test('a deep link opens at its clause on a phone', async () => {
    if (!law) return;
    const page = await site.open(`/van-ban/${law.id}/#dieu-80-khoan-2`, noScript);
    expect(await landing(page, 'dieu-80-khoan-2')).toEqual({ hash: '#dieu-80-khoan-2', isTarget: true, inView: true });
    expect(await page.locator('#dieu-80-khoan-2 .lu__lead').innerText()).toMatch(/^2\. /);
    await page.screenshot({ path: join(SHOTS, 'document-dieu-80-khoan-2-phone.png') });
    await page.close();
  });

  test('the quick lookup opens a document from a loosely typed number or an article alone', async () => {
    expect(decree && law, 'content/documents/ has 98/2023/NĐ-CP and 06/2022/QH15').toBeTruthy();
    if (!decree || !law) return;
    for (const [typed, target] of [
      ['nd 98', `/van-ban/${decree.id}/`],
      ['98/2023', `/van-ban/${decree.id}/`],
      ['Điều 80 khoản 3', `/van-ban/${law.id}/#dieu-80-khoan-3`],
    ] as const) {
      const page = await site.open('/van-ban/');
      await page.locator('#lookup-q').fill(typed);
      await Promise.all([page.waitForURL(`${site.base}${target}`), page.locator('#lookup-q').press('Enter')]);
      expect(new URL(page.url()).pathname + new URL(page.url()).hash, `"${typed}"`).toBe(target);
      await page.close();
    }
    const page = await site.open('/van-ban/');
    await page.locator('#lookup-q').fill('99/1999');
    await page.locator('#lookup-q').press('Enter');
    await expect.poll(() => page.locator('#lookup-status').innerText()).toContain('99/1999');
    expect(await page.locator('#lookup-results a[href^="/tim-kiem/?q="]').count()).toBe(1);
    expect(site.problems).toEqual([]);
    await page.close();
  });

  test('without JavaScript the filters are links to pre-rendered lists, and link buttons are anchors', async () => {
    const page = await site.open('/van-ban/', noScript);
    const all = await page.locator('.doc-list > li').count();
    expect(all).toBe(documents.length);
    const decrees = documents.filter((d) => d.data.type === 'nghi-dinh').length;
    const filter = page.locator('.doc-filters a[href="/van-ban/loai/nghi-dinh/"]');
    expect(await filter.innerText()).toContain(`(${decrees})`);
    await Promise.all([page.waitForURL('**/van-ban/loai/nghi-dinh/'), filter.click()]);
    expect(await page.locator('.doc-list > li').count()).toBe(decrees);
    expect(await page.locator('.doc-filters a[aria-current="page"]').innerText()).toContain('Nghị định');
    const years = [...new Set(documents.map((d) => String(d.data.issued).slice(0, 4)))];
    for (const year of years)
      expect(await page.locator(`.doc-filters a[href="/van-ban/nam/${year}/"]`).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'documents-filter-nojs-phone.png'), fullPage: true });

    if (law) {
      await page.goto(`${site.base}/van-ban/${law.id}/`);
      expect(await page.locator('button[data-copy-citation]').isVisible(), 'copy needs JavaScript: hidden').toBe(false);
      await page.locator('a.unit-link[href="#dieu-80"]').click();
      expect(await landing(page, 'dieu-80')).toMatchObject({ hash: '#dieu-80', isTarget: true });
    }
    await page.close();
  });

  test('the seed plan shows sections I–III and their items with anchors', async () => {
    expect(plan, 'content/documents/ has 08/KH-UBND').toBeDefined();
    if (!plan) return;
    const page = await site.open(`/van-ban/${plan.id}/`);
    const headings = await page.locator('.lu--section > .lu__head .lu__heading').allInnerTexts();
    expect(headings.map((h) => h.split('.')[0])).toEqual(['I', 'II', 'III']);
    for (const id of ['muc-i-1', 'muc-i-2', 'muc-ii-1', 'muc-ii-9', 'muc-iii-4']) {
      expect(await page.locator(`#${id} a.unit-link[href="#${id}"]`).count(), id).toBe(1);
      expect(await page.locator(`nav.legal__toc a[href="#${id}"]`).count(), `${id} in the table of contents`).toBe(1);
    }
    const attachment = page.locator('.attachment-list li').first();
    expect(await attachment.innerText()).toMatch(/\(PDF, [\d,]+ KB\)/);
    expect(site.problems).toEqual([]);
    await page.close();
  });

  test.each([
    ['the document list', '/van-ban/'],
    ['a filter page', '/van-ban/loai/nghi-dinh/'],
    ['the law', law ? `/van-ban/${law.id}/` : ''],
    ['the seed plan', plan ? `/van-ban/${plan.id}/` : ''],
  ])('%s has no WCAG 2.x A/AA violations (axe-core)', async (_, path) => {
    expect(path, 'the page exists in the content').not.toBe('');
    const page = await site.open(path);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
    const small = await site.open(path, phone);
    expect(await axeViolations(small), `${path} at 390 wide`).toEqual([]);
    await small.close();
  });
});
