/**
 * The radio team at an office PC (1280 wide) in Chromium, on the shared production build:
 * a bulletin's rundown prints on one A4 page, its .txt downloads as text/plain with the items
 * in order, a script page offers copy-all and hides "nghe thử" without a Vietnamese voice,
 * the desk's filter works, and axe-core finds no WCAG 2.x A/AA violation on the desk's pages.
 * Screenshots and the PDF go to test-results/e2e/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { browserSkipReason } from '../support/browser.ts';
import { entriesOf } from '../support/content.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { DESK, SHOTS, useSite } from '../support/visit.ts';

const skip = browserSkipReason();

const bulletin = entriesOf(PROJECT_ROOT, 'bulletins')[0];
const honoree = entriesOf(PROJECT_ROOT, 'honorees')[0];

/** Pages in a PDF: its /Type /Page objects (not the /Pages tree). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

if (skip) test(skip, (ctx) => ctx.skip(skip));

describe.skipIf(skip !== undefined)('the radio team at the office PC', () => {
  const site = useSite({ context: { ...DESK, acceptDownloads: true }, clipboard: true, problemsPer: 'page' });

  test('a bulletin: the rundown prints on one A4 page and the .txt downloads with the items in order', async () => {
    expect(bulletin, 'content/bulletins/ has a bulletin').toBeDefined();
    if (!bulletin) return;
    const page = await site.open(`/phat-thanh/ban-tin/${bulletin.id}/`);
    await page.screenshot({ path: join(SHOTS, 'radio-bulletin.png'), fullPage: true });
    const items = bulletin.data.items as unknown[];
    await expect.poll(() => page.locator('table.rundown tbody tr').count()).toBe(items.length);

    // Print: the rundown (title, date, slot, items, durations, running time, total, notes) on one A4 page.
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('table.rundown').isVisible()).toBe(true);
    expect(await page.locator('table.rundown tfoot').isVisible()).toBe(true);
    expect(await page.locator('#bulletin-text').isVisible(), 'the full text is left out of the print').toBe(false);
    await page.screenshot({ path: join(SHOTS, 'radio-bulletin-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync(join(SHOTS, 'radio-bulletin.pdf'), pdf);
    expect(pdfPageCount(pdf), 'pages in the printed bulletin').toBe(1);
    await page.emulateMedia({ media: 'screen' });
    for (const other of entriesOf(PROJECT_ROOT, 'bulletins').slice(1)) {
      const otherPage = await site.open(`/phat-thanh/ban-tin/${other.id}/`);
      await otherPage.emulateMedia({ media: 'print' });
      const pages = pdfPageCount(await otherPage.pdf({ format: 'A4', preferCSSPageSize: true }));
      expect(pages, `pages in the printed bulletin ${other.id}`).toBe(1);
      await otherPage.close();
    }

    // The .txt: a real download link, served as text/plain, items in the rundown's order.
    const link = page.locator('.radio-tools a[download]');
    expect(await link.getAttribute('download')).toMatch(/\.txt$/);
    const href = (await link.getAttribute('href')) ?? '';
    const response = await page.request.get(new URL(href, page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
    const served = await response.text();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.txt$/);
    const saved = readFileSync(await download.path(), 'utf8');
    expect(saved).toBe(served);
    const firstParagraphs = await page.$$eval('#bulletin-text .script-text', (blocks) =>
      blocks.map((b) => (b.querySelector('[data-read]')?.textContent ?? '').trim()),
    );
    expect(firstParagraphs.length).toBe(items.length);
    const positions = firstParagraphs.map((p) => saved.indexOf(p));
    expect(
      positions.every((p) => p >= 0),
      'every item is in the .txt',
    ).toBe(true);
    expect(
      [...positions].sort((a, b) => a - b),
      'items are in order',
    ).toEqual(positions);
    expect(site.problems).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test('a script page: copy-all copies the words; "nghe thử" shows only with a Vietnamese voice', async () => {
    if (!honoree) return;
    const page = await site.open(`/phat-thanh/guong-sang/${honoree.id}/`);
    await page.screenshot({ path: join(SHOTS, 'radio-script.png'), fullPage: true });
    const words = await page.$$eval('#script-text [data-read]', (ps) =>
      ps.map((p) => p.textContent?.trim()).join('\n\n'),
    );
    const copy = page.locator('[data-action="copy"]');
    await expect.poll(() => copy.isVisible()).toBe(true);
    await copy.click();
    await expect.poll(() => page.locator('.radio-tools__status').innerText()).not.toBe('');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(words);

    const hasVoice = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const check = () => speechSynthesis.getVoices().some((v) => v.lang.toLowerCase().startsWith('vi'));
          if (speechSynthesis.getVoices().length > 0) return resolve(check());
          speechSynthesis.addEventListener('voiceschanged', () => resolve(check()), { once: true });
          setTimeout(() => resolve(check()), 1500);
        }),
    );
    expect(await page.locator('[data-action="listen"]').isVisible()).toBe(hasVoice);
    expect(site.problems).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test('the desk filters scripts by collection and campaign', async () => {
    const page = await site.open('/phat-thanh/');
    const rows = page.locator('#script-table tbody tr');
    const all = await rows.count();
    await page.selectOption('#filter-collection', 'van-ban');
    const kinds = await page.$$eval('#script-table tbody tr:not([hidden])', (trs) =>
      trs.map((tr) => (tr as HTMLElement).dataset.collection),
    );
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.length).toBeLessThan(all);
    expect(new Set(kinds)).toEqual(new Set(['van-ban']));
    expect(new URL(page.url()).searchParams.get('loai')).toBe('van-ban');
    await page.screenshot({ path: join(SHOTS, 'radio-desk-filtered.png'), fullPage: true });
    expect(site.problems).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
