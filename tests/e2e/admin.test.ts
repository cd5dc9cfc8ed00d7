/**
 * An editor at the office PC using /admin/ on localhost: the CMS loads from the site's own
 * bundle under /admin/cms/, speaks Vietnamese, lists the content through decap-server, saves
 * a new document under a file name the build accepts, and refuses a story the build would
 * refuse. decap-server runs on a temporary copy of the project, so nothing here touches the
 * real content/. Screenshots go to test-results/e2e/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { startDecapServer, DECAP_SERVER_PORT, type DecapServer } from '../../scripts/lib/decap-server.ts';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { contentProblems, entriesOf } from '../support/content.ts';
import { PROJECT_ROOT, copyProject, removeProject } from '../support/project.ts';
import { assertSiteBuilt } from '../support/site.ts';
import { t } from '../../src/i18n/strings.ts';

const skip = browserSkipReason();
const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');

if (skip) test.skip(skip, () => {});

/** What answers on the decap-server port now, if anything. */
async function decapServerRepo(): Promise<string | undefined> {
  try {
    const res = await fetch(`http://127.0.0.1:${DECAP_SERVER_PORT}/api/v1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    });
    return ((await res.json()) as { repo?: string }).repo;
  } catch {
    return undefined;
  }
}

describe.skipIf(skip !== undefined)('an editor in the CMS on localhost', () => {
  let base = '';
  let copy = '';
  let decap: DecapServer | undefined;
  let browser: Browser;
  let context: BrowserContext;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    assertSiteBuilt(inject('site'));
    base = inject('siteUrl');
    const busy = await decapServerRepo();
    if (busy !== undefined) {
      throw new Error(
        `port ${DECAP_SERVER_PORT} is in use (decap-server for "${busy}"): stop \`npm start\`/\`npm run cms\` first`,
      );
    }
    copy = copyProject();
    decap = startDecapServer(copy, { quiet: true });
    await decap.ready;
    // The CMS must be talking to the copy, never to the real project.
    expect(await decapServerRepo()).toBe(basename(copy));
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    context.on('request', (r) => requests.push(r.url()));
  });

  afterAll(async () => {
    await browser?.close();
    decap?.stop();
    if (copy) removeProject(copy);
  });

  async function openCms(): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}/admin/`);
    // The local backend remembers the login in localStorage: log in once per context.
    const login = page.getByRole('button', { name: 'Đăng nhập' });
    const collections = page.getByText('Bộ sưu tập');
    await login.or(collections).first().waitFor();
    if (await login.isVisible()) await login.click();
    await collections.waitFor();
    return page;
  }

  async function choose(page: Page, label: string, option: string): Promise<void> {
    await page.getByLabel(label, { exact: true }).click();
    await page.getByText(option, { exact: true }).last().click();
  }

  async function publish(page: Page): Promise<string> {
    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByText('Công bố ngay').first().click();
    const toast = page.locator('.Toastify__toast').last();
    await toast.waitFor();
    return (await toast.innerText()).replace(/\s+/g, ' ');
  }

  test('the admin page is Vietnamese, kept out of search engines, and loads the CMS from /admin/cms/', async () => {
    const html = readFileSync(join(inject('site').dir, 'admin', 'index.html'), 'utf8');
    expect(html).toContain('<html lang="vi"');
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    expect(html).toContain(`<title>${t('cms.title')}`);
    expect(html).toMatch(/<script type="module" src="\/admin\/cms\/cms\.[\w-]+\.js"><\/script>/);
    expect(html).not.toContain('data-pagefind-body');
    const home = readFileSync(join(inject('site').dir, 'index.html'), 'utf8');
    expect(home).not.toContain('/admin/cms/');

    const page = await context.newPage();
    await page.goto(`${base}/admin/`);
    const login = page.getByRole('button', { name: 'Đăng nhập' });
    await login.waitFor();
    await page.screenshot({ path: join(SHOTS, 'admin-login.png') });
    const scripts = requests.filter((u) => u.startsWith(base) && /\.(js|wasm)$/.test(new URL(u).pathname));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((u) => !new URL(u).pathname.startsWith('/admin/cms/'))).toEqual([]);
    await page.close();
  });

  test('the collections and the entries of content/ are listed', async () => {
    const page = await openCms();
    for (const label of [
      t('cms.honorees'),
      t('cms.campaigns'),
      t('cms.documents'),
      t('cms.bulletins'),
      t('cms.settings'),
    ]) {
      await expect.poll(() => page.getByRole('link', { name: label, exact: true }).count()).toBeGreaterThan(0);
    }
    await page.goto(`${base}/admin/#/collections/documents`);
    const numbers = entriesOf(copy, 'documents').map((e) => String(e.data['number']));
    expect(numbers.length).toBeGreaterThan(0);
    for (const number of numbers) await page.getByText(number, { exact: false }).first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'admin-documents.png') });
    await page.close();
  });

  test('a new document is saved as <number-slug>.md and the build accepts it', async () => {
    const page = await openCms();
    await page.goto(`${base}/admin/#/collections/documents/new`);
    await page.getByLabel('Số, ký hiệu', { exact: true }).fill('77/2099/NĐ-CP');
    await choose(page, 'Loại văn bản', 'Nghị định');
    await page.getByLabel('Tên ngắn', { exact: true }).fill('Nghị định dùng để thử');
    await page.getByLabel('Trích yếu', { exact: true }).fill('Nghị định dùng để thử trang quản trị');
    await page.getByLabel('Cơ quan ban hành', { exact: true }).fill('Chính phủ');
    await page.getByLabel('Ngày ban hành', { exact: true }).fill('2099-01-13');
    await page.getByLabel('Lĩnh vực', { exact: true }).fill('Thi đua, khen thưởng');
    await page.getByLabel('Tóm tắt', { exact: true }).fill('Tóm tắt dùng để thử.');
    const message = await publish(page);
    await page.screenshot({ path: join(SHOTS, 'admin-document-saved.png'), fullPage: true });
    expect(message).toContain('Mục đã được lưu');
    const saved = readFileSync(join(copy, 'content', 'documents', '77-2099-nd-cp.md'), 'utf8');
    expect(saved).toContain('number: 77/2099/NĐ-CP');
    expect(saved).toContain('issued: 2099-01-13');
    expect(saved).not.toMatch(/: ''$/m);
    expect(saved).not.toMatch(/: \[\]$/m);
    expect(contentProblems(copy)).toBe('');
    await page.close();
  });

  test('a story about a person without a consent record is refused with the reason', async () => {
    const page = await openCms();
    await page.goto(`${base}/admin/#/collections/honorees/new`);
    await page.getByLabel('Tiêu đề', { exact: true }).fill('Ông Đặng Văn Thử giúp hàng xóm');
    await choose(page, 'Nhân vật là', 'Cá nhân');
    await page.getByLabel('Tên nhân vật', { exact: true }).fill('Đặng Văn Thử');
    await page.getByLabel('Tóm tắt', { exact: true }).fill('Câu chuyện dùng để thử.');
    await page.getByLabel('Tổ dân phố', { exact: true }).click();
    await page.locator('[class*="option"]').first().click();
    await page.getByLabel('Lĩnh vực', { exact: true }).click();
    await page.locator('[class*="option"]').first().click();
    await choose(page, 'Loại thành tích', 'Đột xuất');
    await page.getByLabel('Ngày đăng', { exact: true }).fill('2025-06-01');
    const message = await publish(page);
    await page.screenshot({ path: join(SHOTS, 'admin-consent-refused.png') });
    expect(message).toContain(t('cms.saveRefused'));
    expect(message).toContain(t('error.consentMissing'));
    expect(message).not.toContain('Error:');
    expect(entriesOf(copy, 'honorees').some((e) => e.file.includes('ong-dang-van-thu'))).toBe(false);
    await page.close();
  });

  test('no script errors other than the refused save', () => {
    // Decap rejects its save promise with a non-Error value when it refuses a save.
    expect(errors.filter((e) => e !== 'Object' && e !== 'undefined')).toEqual([]);
  });
});
